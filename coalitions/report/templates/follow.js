// The follower view's script (templates/follow.html.j2): asks the server every few hundred
// milliseconds where the meeting is (a small JSON file, never a Streamlit rerun) and shows
// that slide of the deck the page holds. When the meeting shows another deck (or starts after
// the page was drawn), it asks Streamlit for one rerun, once per deck. No file (HTTP 404)
// means no meeting running: the page says so and asks four times less often (each 404 is a
// line in the browser's console). Constant: no sheet text and no language in here; what it
// writes comes from the page.
(function () {
  var state = window.__resetFollow || (window.__resetFollow = {});
  if (state.timer) { clearTimeout(state.timer); }  // redrawn: one poller per window
  var run = (state.run || 0) + 1;
  state.run = run;
  function root() { return document.querySelector(".rs-follow"); }
  function rerun(deck) {
    if (state.asked === deck) { return; }  // asked once already: the page shows what it has
    state.asked = deck;
    var button = document.querySelector(".st-key-follow_rerun button");
    if (button) { button.click(); } else { location.reload(); }
  }
  function waiting(node, on) {
    node.querySelector(".rs-follow-waiting").hidden = !on;
    node.querySelector(".rs-follow-caption").hidden = on;
    if (on) {
      node.querySelectorAll(".rs-follow-slide").forEach(function (s) { s.hidden = true; });
      node.dataset.shown = "0";
    }
  }
  function show(node, number) {
    var slides = node.querySelectorAll(".rs-follow-slide");
    if (!slides.length) { return; }
    number = Math.max(1, Math.min(slides.length, number));
    if (node.dataset.shown === String(number)) { return; }
    slides.forEach(function (s, i) { s.hidden = i !== number - 1; });
    node.querySelector(".rs-follow-caption").textContent = slides[number - 1].dataset.caption;
    node.dataset.shown = String(number);
    waiting(node, false);
  }
  function poll() {
    var node = root();
    if (!node || state.run !== run) { return; }  // left the page, or redrawn
    var every = parseInt(node.dataset.poll, 10) || 250;
    var absent = false;
    // A poll that hangs (a network hiccup) is given up, so the next one can go.
    var abort = new AbortController();
    var limit = setTimeout(function () { abort.abort(); }, 10 * every);
    fetch(new URL(node.dataset.position, document.baseURI),
          {cache: "no-store", signal: abort.signal})
      .then(function (response) {
        if (response.status === 404) { return null; }
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (position) {
        absent = position === null;
        if (absent) { waiting(node, true); return; }  // closed, or not started
        if (position.deck !== node.dataset.deck) { rerun(position.deck); return; }
        show(node, position.slide);
      })
      .catch(function () { /* the server is away for a moment: keep the slide shown */ })
      .then(function () {
        clearTimeout(limit);
        if (state.run === run) { state.timer = setTimeout(poll, absent ? 4 * every : every); }
      });
  }
  poll();
})();
