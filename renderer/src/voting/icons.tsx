/** A laptop: the pass-the-laptop button. Stroke icon like components/icons. */
export function LaptopIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <rect x="4" y="4.5" width="12" height="8.5" rx="1.2" />
      <path d="M2 15.5h16" />
    </svg>
  );
}
