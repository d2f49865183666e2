// The small HTML pages the LTI endpoints answer a browser with when a launch cannot go on: a
// person opened Klantreis from their LMS, so they get a page in Dutch, not JSON.

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A complete page with a heading and a message. */
export function messagePage(title: string, message: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} – Klantreis</title>
<style>
body { font: 1.0625rem/1.6 system-ui, sans-serif; color: #1f2328; background: #f6f7f9; margin: 0; }
main { max-width: 36rem; margin: 3rem auto; padding: 1.5rem; background: #fff; border-radius: 0.75rem; border: 1px solid #d8dde3; }
h1 { font-size: 1.375rem; margin: 0 0 0.75rem; }
p { margin: 0; }
</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(message)}</p>
</main>
</body>
</html>
`;
}

/**
 * A page that form-posts `fields` to `action` at once (an LMS's Deep Linking return), with a button
 * for a browser without JavaScript.
 */
export function autoPostPage(action: string, fields: Record<string, string>, title: string, message: string): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('\n');
  return messagePage(title, message).replace(
    '</main>',
    `<form method="post" action="${escape(action)}">
${inputs}
<p><button type="submit">Verder naar je LMS</button></p>
</form>
<script>document.forms[0].submit();</script>
</main>`,
  );
}

/** Data for a page's script, as JSON that cannot end the script element. */
const dataScript = (data: unknown) =>
  `<script type="application/json" id="lti-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

// The platform's storage frame, as the LTI client-side postMessage spec names it: '_parent' is the
// parent window, any other name a frame of the parent.
const STORAGE_SCRIPT = `
var data = JSON.parse(document.getElementById('lti-data').textContent);
var frame = data.target === '_parent' ? window.parent : window.parent.frames[data.target];
function ask(message, done) {
  var id = 'klantreis-' + Math.random().toString(36).slice(2);
  var finished = false;
  function finish(value) { if (!finished) { finished = true; done(value); } }
  window.addEventListener('message', function (event) {
    // Only the platform answers: a page that framed this one cannot.
    if (event.origin !== data.origin || !event.data || event.data.message_id !== id) return;
    finish(event.data.error ? undefined : event.data.value);
  });
  try { frame.postMessage(Object.assign({ message_id: id }, message), data.origin); } catch (e) { finish(undefined); }
  setTimeout(function () { finish(undefined); }, 3000);
}
`;

/**
 * The login step in a frame: keeps the state in the platform's storage (lti.put_data), then goes
 * on to the platform's auth endpoint (also when the storage does not answer: the cookie may work).
 */
export function storeStatePage(input: { origin: string; target: string; state: string; next: string }): string {
  return messagePage('Klantreis wordt geopend', 'Even geduld…').replace(
    '</main>',
    `</main>
${dataScript(input)}
<script>${STORAGE_SCRIPT}
ask({ subject: 'lti.put_data', key: 'state_' + data.state, value: data.state }, function () { window.location.replace(data.next); });
</script>`,
  );
}

/**
 * The launch step in a frame without the state cookie: reads the state back from the platform's
 * storage (lti.get_data) and posts the launch again with it, from this site (the server takes that
 * value only from a form of its own origin).
 */
export function fetchStatePage(input: { origin: string; target: string; state: string; idToken: string }): string {
  return messagePage('Klantreis wordt geopend', 'Even geduld…').replace(
    '</main>',
    `<form method="post" action="/api/lti/launch">
<input type="hidden" name="id_token" value="${escape(input.idToken)}">
<input type="hidden" name="state" value="${escape(input.state)}">
<input type="hidden" name="klantreis_stored_state" value="">
</form>
</main>
${dataScript({ origin: input.origin, target: input.target, state: input.state })}
<script>${STORAGE_SCRIPT}
ask({ subject: 'lti.get_data', key: 'state_' + data.state }, function (value) {
  document.forms[0].elements.klantreis_stored_state.value = typeof value === 'string' ? value : '';
  document.forms[0].submit();
});
</script>`,
  );
}

/** A launch in a frame goes on in a window of its own: a link the person clicks (a popup needs a click). */
export function continuePage(href: string): string {
  return messagePage(
    'Klantreis opent in een nieuw venster',
    'Je LMS toont Klantreis in een kader. Daarin kan Klantreis niet onthouden wie je bent. Open Klantreis daarom in een eigen venster.',
  ).replace(
    '</main>',
    `<p><a href="${escape(href)}" target="_blank" rel="noopener" style="display:inline-block;margin-top:1rem;padding:0.6rem 1.1rem;border-radius:0.5rem;background:#0b6e4f;color:#fff;font-weight:600;text-decoration:none">Open Klantreis</a></p>
</main>`,
  );
}
