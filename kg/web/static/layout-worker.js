/* mlkg explorer: runs a force-directed layout (fCoSE) off the main thread, so that a
   big view stays responsive while it settles. Message in: {id, scripts, elements, options};
   out: {id, positions, ms} or {id, error}. */
/* global importScripts, cytoscape */
let loaded = false;

self.onmessage = function (event) {
  const msg = event.data;
  try {
    if (!loaded) {
      importScripts.apply(self, msg.scripts); // cytoscape, layout-base, cose-base, cytoscape-fcose
      loaded = true;
    }
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: msg.elements,
      style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
    });
    const t0 = performance.now();
    const layout = cy.layout(Object.assign({}, msg.options, { name: "fcose", animate: false, fit: false }));
    layout.one("layoutstop", function () {
      const positions = {};
      cy.nodes().forEach(function (n) {
        positions[n.id()] = n.position();
      });
      self.postMessage({ id: msg.id, positions: positions, ms: performance.now() - t0 });
      cy.destroy();
    });
    layout.run();
  } catch (err) {
    self.postMessage({ id: msg.id, error: String(err) });
  }
};
