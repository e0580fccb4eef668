/* mlkg graph explorer: Cytoscape.js over the /api/graph/ JSON.
   Labels are drawn on the canvas or set with textContent: data never becomes HTML. */
(function () {
  "use strict";

  const root = document.getElementById("explorer");
  if (!root) return;
  const api = root.dataset.api; // .../api/graph
  const $ = function (id) {
    return document.getElementById(id);
  };
  const status = $("status");
  const empty = $("empty");
  const TYPES = ["method", "dataset", "metric", "task", "paper"];
  const COLOURS = { method: "#2a5db0", dataset: "#1f7a50", metric: "#b45309", task: "#7b3fb3", paper: "#6b7280" };
  const BIG = 800; // views above this many nodes get the cheaper layout and rendering settings

  function say(text) {
    status.textContent = text;
  }

  if (typeof window.cytoscape !== "function") {
    say("The graph library is missing: run `make install` (npm ci) and reload.");
    return;
  }
  const hasFcose = typeof window.cytoscapeFcose !== "undefined"; // registers itself on load

  const style = [
    {
      selector: "node",
      style: {
        "background-color": "#5b6475",
        width: "data(size)",
        height: "data(size)",
        label: "data(label)",
        "font-size": "data(fs)",
        "text-valign": "bottom",
        "text-margin-y": 3,
        color: "#1d2330",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "text-max-width": "160px",
        "text-wrap": "ellipsis",
        "min-zoomed-font-size": 8,
      },
    },
    { selector: "edge", style: { width: "data(w)", "line-color": "#b8c0cc", opacity: 0.65, "curve-style": "haystack" } },
    { selector: "node.focus", style: { "border-width": 3, "border-color": "#111827" } },
    { selector: "node.expanded", style: { "border-width": 2, "border-color": "#111827", "border-style": "dashed" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#e11d48", "border-style": "solid" } },
    { selector: "node.path", style: { "border-color": "#e11d48", "border-width": 4, "border-style": "solid" } },
    { selector: "edge.path", style: { "line-color": "#e11d48", opacity: 1, width: 4, "z-index": 10 } },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".no-label", style: { label: "" } },
  ];
  TYPES.forEach(function (t) {
    style.splice(1, 0, { selector: 'node[type="' + t + '"]', style: { "background-color": COLOURS[t] } });
  });
  style.splice(1, 0, { selector: 'node[type="paper"]', style: { shape: "round-rectangle" } });

  const cy = window.cytoscape({
    container: $("cy"),
    style: style,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    textureOnViewport: false,
    motionBlur: false,
  });

  const state = { lastLayoutMs: null, lastRefineMs: null, refining: false, generation: 0, projection: "entity", busy: 0 };

  function nodeSize(degree) {
    return Math.min(56, 12 + 5 * Math.log2(1 + (degree || 0)));
  }

  /* Size by degree relative to the view: the best-connected node in view is the largest. */
  function resize() {
    let max = 0, min = Infinity;
    cy.nodes().forEach(function (n) {
      const d = Math.log(1 + (n.data("degree") || 0));
      max = Math.max(max, d);
      min = Math.min(min, d);
    });
    const span = max - min || 1;
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        const rel = (Math.log(1 + (n.data("degree") || 0)) - min) / span;
        n.data({ size: Math.round(12 + 30 * rel), fs: Math.round(10 + 5 * rel) });
      });
    });
  }

  function edgeId(a, b) {
    return a < b ? a + "\u0001" + b : b + "\u0001" + a;
  }

  /* Add the nodes and links of an answer; new nodes start around `around` (a position). */
  function add(data, around) {
    const elements = [];
    (data.nodes || []).forEach(function (n) {
      if (cy.getElementById(n.id).length) return;
      const el = {
        group: "nodes",
        data: {
          id: n.id,
          label: String(n.label == null ? n.id : n.label),
          type: n.type || "entity",
          papers: n.papers || 0,
          degree: n.degree || 0,
          url: n.url || null,
          size: nodeSize(n.degree),
          fs: Math.round(9 + nodeSize(n.degree) / 5), // hubs keep their labels when zoomed out
        },
      };
      if (around) el.position = { x: around.x + (Math.random() - 0.5) * 120, y: around.y + (Math.random() - 0.5) * 120 };
      elements.push(el);
    });
    (data.links || data.edges || []).forEach(function (l) {
      const id = edgeId(l.source, l.target);
      if (cy.getElementById(id).length) return;
      const w = l.weight || 1;
      elements.push({ group: "edges", data: { id: id, source: l.source, target: l.target, weight: w, w: Math.min(8, 1 + Math.log2(w)) } });
    });
    const added = cy.add(elements);
    resize();
    applyFilters();
    empty.hidden = cy.nodes().length > 0;
    return added;
  }

  function layout(randomize) {
    const eles = cy.elements().not(".hidden");
    const n = eles.nodes().length;
    if (!n) return Promise.resolve(0);
    const big = n > BIG;
    const t0 = performance.now();
    const options = hasFcose
      ? {
          name: "fcose",
          eles: eles,
          quality: big ? "draft" : "default",
          randomize: randomize !== false,
          animate: false,
          fit: true,
          padding: 30,
          nodeDimensionsIncludeLabels: !big,
          idealEdgeLength: big ? 50 : 110,
          edgeElasticity: big ? 0.45 : 0.1, // dense neighbourhoods: weak springs, room for labels
          nodeRepulsion: big ? 4500 : 30000,
          nodeSeparation: 90,
          numIter: big ? 600 : 2500,
          packComponents: true,
          ...(window.mlkgLayoutOptions || {}),
        }
      : { name: "cose", eles: eles, animate: false, randomize: randomize !== false, fit: true, padding: 30, numIter: big ? 200 : 1000 };
    const generation = ++state.generation;
    if (big && hasFcose && randomize === false) {
      // no quick incremental pass for a big view: the background pass starts from where nodes are
      state.lastLayoutMs = 0;
      refine(eles, generation);
      return Promise.resolve(0);
    }
    return new Promise(function (resolve) {
      const l = cy.layout(options);
      l.one("layoutstop", function () {
        state.lastLayoutMs = performance.now() - t0;
        resolve(state.lastLayoutMs);
        if (big && hasFcose) refine(eles, generation);
      });
      l.run();
    });
  }

  /* A big view first gets the quick spectral draft above; the force-directed pass then
     runs in a Web Worker and the nodes move to its positions, the page responsive meanwhile. */
  let worker = null;
  function refine(eles, generation) {
    if (typeof Worker === "undefined") return;
    if (!worker) {
      worker = new Worker(root.dataset.worker);
      worker.onmessage = function (event) {
        const msg = event.data;
        state.refining = false;
        if (msg.error) {
          say("The force-directed pass failed: " + msg.error);
          return;
        }
        state.lastRefineMs = msg.ms;
        if (msg.id !== state.generation) return; // the view changed meanwhile
        cy.batch(function () {
          cy.nodes().forEach(function (n) {
            const p = msg.positions[n.id()];
            if (p) n.position(p);
          });
        });
        cy.fit(cy.elements().not(".hidden"), 30);
        say(cy.nodes().length + " nodes; force-directed layout " + Math.round(msg.ms) + " ms (in the background).");
      };
    }
    state.refining = true;
    const elements = eles.map(function (e) {
      return e.isNode()
        ? { group: "nodes", data: { id: e.id(), size: e.data("size") }, position: e.position() }
        : { group: "edges", data: { id: e.id(), source: e.data("source"), target: e.data("target"), weight: e.data("weight") } };
    });
    worker.postMessage({
      id: generation,
      scripts: JSON.parse(root.dataset.layoutScripts),
      elements: elements,
      options: { quality: "default", randomize: true, idealEdgeLength: 50, nodeRepulsion: 4500, numIter: 1500,
                 packComponents: true, nodeDimensionsIncludeLabels: false, uniformNodeDimensions: true },
    });
    say(cy.nodes().length + " nodes (draft layout); refining in the background…");
  }

  function getJSON(path) {
    state.busy++;
    return fetch(api + path, { headers: { Accept: "application/json" } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body.error || r.statusText);
          return body;
        });
      })
      .finally(function () {
        state.busy--;
      });
  }

  function q(params) {
    return Object.keys(params)
      .map(function (k) {
        return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]);
      })
      .join("&");
  }

  /* ---------------------------------------------------------------- actions */

  function load(data, options) {
    options = options || {};
    if (options.replace) cy.elements().remove();
    const added = add(data);
    tuneRendering();
    return layout(true).then(function (ms) {
      say(cy.nodes().length + " nodes, " + cy.edges().length + " links; layout " + Math.round(ms) + " ms");
      return added;
    });
  }

  function focusOn(id) {
    say("Loading the neighbourhood…");
    return getJSON("/neighbourhood?" + q({ node: id, limit: 40, projection: state.projection }))
      .then(function (data) {
        cy.elements().remove();
        add(data);
        cy.nodes().removeClass("focus");
        cy.getElementById(data.focus).addClass("focus").addClass("expanded");
        tuneRendering();
        return layout(true);
      })
      .then(function () {
        const node = cy.getElementById(id);
        if (node.length) showDetails(node);
        say(cy.nodes().length + " nodes; click a node to expand it.");
        history.replaceState(null, "", "?" + q({ focus: id }));
      })
      .catch(function (e) {
        say("Could not load it: " + e.message);
      });
  }

  function expand(id) {
    const node = cy.getElementById(id);
    if (!node.length) return Promise.resolve();
    say("Expanding " + node.data("label") + "…");
    return getJSON("/neighbourhood?" + q({ node: id, limit: 25, projection: state.projection }))
      .then(function (data) {
        const added = add(data, node.position());
        node.addClass("expanded");
        tuneRendering();
        return layout(false).then(function () {
          say(added.nodes().length + " new node(s), " + cy.nodes().length + " in view.");
        });
      })
      .catch(function (e) {
        say("Could not expand it: " + e.message);
      });
  }

  function overview() {
    const name = $("projection").value;
    const size = $("overview-size").value;
    state.projection = name;
    say("Loading the " + name + " projection…");
    return getJSON("/projection?" + q({ name: name, limit: size }))
      .then(function (data) {
        return load(data, { replace: true }).then(function () {
          say(cy.nodes().length + " of " + data.nodes_total + " nodes, layout " + Math.round(state.lastLayoutMs) + " ms.");
        });
      })
      .catch(function (e) {
        say("Could not load it: " + e.message);
      });
  }

  function findPath(source, target) {
    say("Looking for a path…");
    const list = $("path-result");
    list.replaceChildren();
    return getJSON("/path?" + q({ source: source, target: target }))
      .then(function (data) {
        cy.elements().removeClass("path");
        add(data);
        data.path.forEach(function (id, i) {
          cy.getElementById(id).addClass("path");
          if (i) cy.getElementById(edgeId(data.path[i - 1], id)).addClass("path");
        });
        data.nodes
          .slice()
          .sort(function (a, b) {
            return data.path.indexOf(a.id) - data.path.indexOf(b.id);
          })
          .forEach(function (n) {
            const li = document.createElement("li");
            const badge = document.createElement("span");
            badge.className = "badge " + n.type;
            badge.textContent = n.type;
            const a = document.createElement("a");
            a.textContent = n.label;
            if (n.url) a.href = n.url;
            li.append(badge, " ", a);
            list.appendChild(li);
          });
        tuneRendering();
        return layout(cy.nodes().length === data.nodes.length);
      })
      .then(function () {
        say("Path found: " + (list.children.length - 1) + " step(s).");
      })
      .catch(function (e) {
        say("No path: " + e.message);
      });
  }

  /* ---------------------------------------------------------------- view settings */

  function applyFilters() {
    const shown = new Set(
      Array.from(document.querySelectorAll('input[name="type"]:checked')).map(function (box) {
        return box.value;
      })
    );
    const min = parseInt($("min-weight").value, 10) || 1;
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        n.toggleClass("hidden", !shown.has(n.data("type")) && TYPES.indexOf(n.data("type")) >= 0);
      });
      cy.edges().forEach(function (e) {
        e.toggleClass("hidden", e.data("weight") < min);
      });
      const labels = $("show-labels").checked;
      if (cy.nodes().length > BIG) {
        const ranked = cy.nodes().sort(function (a, b) {
          return (b.data("degree") || 0) - (a.data("degree") || 0);
        });
        ranked.forEach(function (n, i) {
          n.toggleClass("no-label", !labels || (i >= 60 && !n.selected()));
        });
      } else {
        cy.nodes().toggleClass("no-label", !labels);
      }
    });
  }

  /* Cheaper drawing for big views: bitmap while panning, no edges while moving. */
  function tuneRendering() {
    const big = cy.nodes().length > BIG;
    const r = cy.renderer();
    if (r && r.options) {
      r.options.textureOnViewport = big;
      r.options.hideEdgesOnViewport = big;
    }
    const max = cy.edges().reduce(function (m, e) {
      return Math.max(m, e.data("weight"));
    }, 1);
    const slider = $("min-weight");
    slider.max = String(Math.max(2, Math.min(50, max)));
  }

  function showDetails(node) {
    $("details").hidden = false;
    $("details-label").textContent = node.data("label");
    const type = $("details-type");
    type.textContent = node.data("type");
    type.className = "badge " + node.data("type");
    $("details-papers").textContent =
      node.data("type") === "paper" ? "" : node.data("papers") + " papers, " + node.data("degree") + " neighbours";
    const link = $("details-link");
    if (node.data("url")) {
      link.href = node.data("url");
      link.hidden = false;
    } else {
      link.hidden = true;
    }
    $("details").dataset.id = node.id();
  }

  /* ---------------------------------------------------------------- export */

  function download(blob, name) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  }

  function xml(value) {
    return String(value)
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
      .replace(/[&<>"']/g, function (c) {
        return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }[c];
      });
  }

  /* The visible view as GraphML (yEd, Gephi, networkx.read_graphml). */
  function graphml() {
    const out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
      '  <key id="papers" for="node" attr.name="papers" attr.type="int"/>',
      '  <key id="degree" for="node" attr.name="degree" attr.type="int"/>',
      '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
      '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
      '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
      '  <graph id="mlkg" edgedefault="undirected">',
    ];
    cy.nodes().not(".hidden").forEach(function (n) {
      const p = n.position();
      out.push(
        '    <node id="' + xml(n.id()) + '"><data key="label">' + xml(n.data("label")) + '</data><data key="type">' +
          xml(n.data("type")) + '</data><data key="papers">' + (n.data("papers") | 0) + '</data><data key="degree">' +
          (n.data("degree") | 0) + '</data><data key="x">' + p.x.toFixed(1) + '</data><data key="y">' + p.y.toFixed(1) +
          "</data></node>"
      );
    });
    cy.edges().not(".hidden").forEach(function (e) {
      if (e.source().hasClass("hidden") || e.target().hasClass("hidden")) return;
      out.push(
        '    <edge source="' + xml(e.data("source")) + '" target="' + xml(e.data("target")) + '"><data key="weight">' +
          (e.data("weight") | 0) + "</data></edge>"
      );
    });
    out.push("  </graph>", "</graphml>", "");
    return out.join("\n");
  }

  /* ---------------------------------------------------------------- wiring */

  cy.on("tap", "node", function (evt) {
    const node = evt.target;
    showDetails(node);
    if (!node.hasClass("expanded")) expand(node.id());
  });

  document.querySelectorAll('input[name="type"]').forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  $("min-weight").addEventListener("input", function () {
    $("min-weight-out").textContent = this.value;
    applyFilters();
  });
  $("show-labels").addEventListener("change", applyFilters);
  $("relayout").addEventListener("click", function () {
    layout(true).then(function (ms) {
      say("Layout " + Math.round(ms) + " ms.");
    });
  });
  $("fit").addEventListener("click", function () {
    cy.fit(cy.elements().not(".hidden"), 30);
  });
  $("clear").addEventListener("click", function () {
    state.generation++;
    cy.elements().remove();
    $("details").hidden = true;
    empty.hidden = false;
    say("");
  });
  $("overview").addEventListener("click", overview);
  $("explore-q").addEventListener("pick", function (e) {
    focusOn(e.detail.id);
  });
  $("explore-search").addEventListener("submit", function (e) {
    e.preventDefault();
    const box = $("explore-q");
    if (box.dataset.id || box.value.trim()) focusOn(box.dataset.id || box.value.trim());
  });
  $("path-form").addEventListener("submit", function (e) {
    e.preventDefault();
    const from = $("path-from"), to = $("path-to");
    const a = from.dataset.id || from.value.trim();
    const b = to.dataset.id || to.value.trim();
    if (a && b) findPath(a, b);
  });
  $("details-expand").addEventListener("click", function () {
    expand($("details").dataset.id);
  });
  $("details-remove").addEventListener("click", function () {
    cy.getElementById($("details").dataset.id).remove();
    $("details").hidden = true;
  });
  $("export-png").addEventListener("click", function () {
    const blob = cy.png({ output: "blob", bg: "#ffffff", full: true, scale: 2, maxWidth: 4096, maxHeight: 4096 });
    download(blob, "mlkg-graph.png");
  });
  $("export-graphml").addEventListener("click", function () {
    download(new Blob([graphml()], { type: "application/graphml+xml" }), "mlkg-graph.graphml");
  });

  const ready = root.dataset.focus ? focusOn(root.dataset.focus) : Promise.resolve();

  /* for tests and the console */
  window.mlkgExplorer = {
    cy: cy,
    ready: ready,
    load: load,
    layout: layout,
    expand: expand,
    focusOn: focusOn,
    findPath: findPath,
    overview: overview,
    graphml: graphml,
    get lastLayoutMs() {
      return state.lastLayoutMs;
    },
    get busy() {
      return state.busy;
    },
    get refining() {
      return state.refining;
    },
    get lastRefineMs() {
      return state.lastRefineMs;
    },
  };
})();
