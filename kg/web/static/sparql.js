/* The SPARQL page: YASGUI (from npm, served from /vendor) with the project's prefixes,
   the named queries as examples, and a permalink (#query=...) for the current query. */
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("sparql-config").textContent);
  if (typeof window.Yasgui !== "function") return; // the plain form below stays
  const Yasgui = window.Yasgui;

  function fromHash() {
    const m = /^#query=([\s\S]*)$/.exec(location.hash);
    if (!m) return null;
    try {
      return decodeURIComponent(m[1]);
    } catch (e) {
      return null;
    }
  }

  function permalink(query) {
    return location.origin + location.pathname + "#query=" + encodeURIComponent(query);
  }

  const defaultQuery = config.header + "\nSELECT ?paper ?title WHERE {\n  ?paper a mlkg:Paper ;\n         dcterms:title ?title .\n}\nLIMIT 20\n";

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {
      getData: function () {
        return [{ endpoint: config.endpoint }];
      },
    },
    persistenceId: "mlkg-yasgui",
    populateFromUrl: false,
    autofocus: true,
    yasqe: {
      value: defaultQuery,
      autocompleters: ["variables"],
      collapsePrefixesOnLoad: true,
      prefixCcApi: null,
      consumeShareLink: null,
      createShareableLink: function (yasqe) {
        return permalink(yasqe.getValue());
      },
      resizeable: true,
      editorHeight: "24rem",
    },
    yasr: { prefixes: config.prefixes },
  });
  document.getElementById("plain-query").hidden = true;

  /* The server predeclares the project's prefixes; the editor's checker does not know, so
     declarations are added for the ones a query uses without declaring them. */
  function withPrefixes(query) {
    const declared = new Set();
    query.replace(/^\s*PREFIX\s+([\w-]*):/gim, function (_, p) {
      declared.add(p);
    });
    const body = query.replace(/<[^>\s]*>|"(?:[^"\\]|\\.)*"|#[^\n]*/g, " "); // no IRIs, strings, comments
    const missing = Object.keys(config.prefixes).filter(function (p) {
      return !declared.has(p) && new RegExp("(^|[\\s(,;/^|!{])" + p + ":").test(body);
    });
    const lines = missing.map(function (p) {
      return "PREFIX " + p + ": <" + config.prefixes[p] + ">\n";
    });
    return lines.length ? lines.join("") + query : query;
  }

  function openQuery(query, name) {
    query = withPrefixes(query);
    const tab = yasgui.addTab(true, { name: name || "Query", yasqe: { value: query } });
    const yasqe = tab.getYasqe && tab.getYasqe();
    if (yasqe && yasqe.getValue() !== query) yasqe.setValue(query);
    return tab;
  }

  function currentYasqe() {
    const tab = yasgui.getTab();
    return tab && tab.getYasqe ? tab.getYasqe() : null;
  }

  const row = document.getElementById("permalink-row");
  const link = document.getElementById("permalink");
  function updatePermalink() {
    const yasqe = currentYasqe();
    if (!yasqe) return;
    link.href = permalink(yasqe.getValue());
    row.hidden = false;
  }
  function watch() {
    const yasqe = currentYasqe();
    if (yasqe && !yasqe.__mlkgWatched) {
      yasqe.__mlkgWatched = true;
      yasqe.on("change", updatePermalink);
    }
    updatePermalink();
  }
  yasgui.on("tabSelect", function () {
    setTimeout(watch, 0);
  });
  yasgui.on("tabAdd", function () {
    setTimeout(watch, 0);
  });

  const shared = fromHash();
  if (shared) openQuery(shared, "Shared query");
  else if (!yasgui.getTab()) openQuery(defaultQuery);
  watch();

  window.addEventListener("hashchange", function () {
    const q = fromHash();
    const yasqe = currentYasqe();
    if (q && (!yasqe || yasqe.getValue() !== q)) openQuery(q, "Shared query");
  });
  link.addEventListener("click", function (e) {
    e.preventDefault();
    const url = link.href;
    history.replaceState(null, "", url);
    if (navigator.clipboard) navigator.clipboard.writeText(url).catch(function () {});
    link.textContent = "link copied (also in the address bar)";
  });
  document.querySelectorAll("#examples [data-example]").forEach(function (button) {
    button.addEventListener("click", function () {
      const ex = config.examples[Number(button.dataset.example)];
      openQuery(ex.query, ex.name);
      watch();
    });
  });
  window.mlkgYasgui = yasgui;
})();
