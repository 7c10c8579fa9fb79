/// The page's one script, inline: hovering or focusing (Tab) a skill in the graph lights
/// up everything it needs and everything that needs it, transitively, and dims the rest.
///
/// It reads the `data-needs` and `data-for` attributes ``GraphDrawing`` writes on each box
/// and the `data-from` and `data-to` of each edge; it fetches nothing and adds nothing
/// the page needs: without it the graph is complete, only not highlighted. It holds no
/// `<` or `&`, so the page stays well-formed XML without a CDATA section.
package enum GraphHighlightScript {
    /// The `<script>` element.
    package static let element = """
        <script>
        (function () {
          var svg = document.querySelector("svg.graph");
          if (!svg) return;
          var nodes = svg.querySelectorAll(".node[data-needs]");
          var edges = svg.querySelectorAll(".edge[data-from]");
          var links = { needs: {}, "for": {} };
          function list(node, name) { return (node.getAttribute(name) || "").split(" ").filter(Boolean); }
          nodes.forEach(function (node) {
            links.needs[node.id] = list(node, "data-needs");
            links["for"][node.id] = list(node, "data-for");
          });
          var current = null;
          function reach(start, way, lit) {
            var stack = [start];
            while (stack.length) {
              (links[way][stack.pop()] || []).forEach(function (next) {
                if (!lit[next]) { lit[next] = true; stack.push(next); }
              });
            }
          }
          function clear() {
            current = null;
            svg.classList.remove("focusing");
            svg.querySelectorAll(".lit").forEach(function (element) { element.classList.remove("lit", "current"); });
          }
          function show(node) {
            if (node === current) return;
            clear();
            current = node;
            var lit = {};
            lit[node.id] = true;
            reach(node.id, "needs", lit);
            reach(node.id, "for", lit);
            svg.classList.add("focusing");
            node.classList.add("current");
            nodes.forEach(function (other) { if (lit[other.id]) other.classList.add("lit"); });
            edges.forEach(function (edge) {
              if (lit[edge.getAttribute("data-from")]) {
                if (lit[edge.getAttribute("data-to")]) edge.classList.add("lit");
              }
            });
          }
          function nodeOf(event) { return event.target.closest ? event.target.closest(".node[data-needs]") : null; }
          function enter(event) { var node = nodeOf(event); if (node) show(node); else if (event.type === "mouseover") clear(); }
          svg.addEventListener("mouseover", enter);
          svg.addEventListener("focusin", enter);
          svg.addEventListener("mouseleave", clear);
          svg.addEventListener("focusout", clear);
        })();
        </script>
        """
}
