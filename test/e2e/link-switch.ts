import type { Page, WebSocketRoute } from '@playwright/test';

/**
 * A page's WebSocket (those whose URL matches) through a switch the test holds. Cut, the open
 * sockets are closed on both sides and every new attempt is closed at once; restored, attempts
 * reach the host again. Install it before the page opens its socket.
 */
export async function linkSwitch(page: Page, url: RegExp): Promise<{ cut(): Promise<void>; restore(): void; refused(): number }> {
  let up = true;
  let refused = 0;
  const open = new Set<{ page: WebSocketRoute; host: WebSocketRoute }>();
  await page.routeWebSocket(url, (socket) => {
    if (!up) {
      refused += 1;
      return void socket.close();
    }
    const link = { page: socket, host: socket.connectToServer() };
    open.add(link);
    socket.onClose(() => open.delete(link));
  });
  return {
    async cut() {
      up = false;
      for (const link of [...open]) {
        await link.host.close();
        await link.page.close();
      }
    },
    restore() {
      up = true;
    },
    /** How many attempts to connect were turned away since the start. */
    refused: () => refused,
  };
}
