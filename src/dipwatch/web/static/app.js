// dipwatch UI behaviour: plain JS, no build step. The pages work without it; it only adds
// toggles on the evidence view and hover focus on the network.
(function () {
  "use strict";

  // Evidence view: a legend button switches one field's highlight off and on.
  const text = document.getElementById("article-text");
  document.querySelectorAll(".legend button.toggle").forEach(function (button) {
    button.addEventListener("click", function () {
      const field = button.dataset.field;
      button.classList.toggle("off");
      text.classList.toggle("hide-" + field);
    });
  });

  // Evidence view: bring the evidence sentence into view on load.
  const sentence = text && text.querySelector(".f-sentence");
  if (sentence) { sentence.scrollIntoView({ block: "center" }); }

  // Events table: changing the status filter submits the form at once.
  const status = document.getElementById("status-filter");
  if (status) {
    status.addEventListener("change", function () { status.form.submit(); });
  }

  // Network: hovering an actor dims everything not connected to it.
  const svg = document.getElementById("network-svg");
  if (svg) {
    svg.querySelectorAll(".node").forEach(function (node) {
      const name = node.dataset.name;
      node.addEventListener("mouseenter", function () {
        svg.querySelectorAll(".edge").forEach(function (edge) {
          const linked = edge.dataset.a === name || edge.dataset.b === name;
          edge.classList.toggle("dim", !linked);
        });
      });
      node.addEventListener("mouseleave", function () {
        svg.querySelectorAll(".edge.dim").forEach(function (e) { e.classList.remove("dim"); });
      });
    });
  }
})();
