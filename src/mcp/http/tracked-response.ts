/**
 * The same response, calling `onEnd` once when its body has been sent, cut off, or when it had
 * none: a session is busy for as long as one of its streams is open (a tool call streaming
 * progress, the standing GET stream), not just until the response headers go out.
 */
export function trackedResponse(response: Response, onEnd: () => void): Response {
  let ended = false;
  const end = () => {
    if (!ended) (ended = true), onEnd();
  };
  if (!response.body) {
    end();
    return response;
  }
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) {
          controller.close();
          end();
        } else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
        end();
      }
    },
    async cancel(reason) {
      end();
      await reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
