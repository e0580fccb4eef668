/* mlkg pages: search autocomplete, sortable tables, the "best per method" switch, evidence targets.
   Everything from the data goes into the page as text (textContent), never as HTML. */
(function () {
  "use strict";

  function debounce(fn, ms) {
    let timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* ---------------------------------------------------------------- autocomplete */

  let listCount = 0;

  /* data-autocomplete="<search URL>"; data-pick: "go" (default: open the page), "fill"
     (put the label in the box, the IRI in data-id), "submit" (fill, then submit the box's form:
     "compare with...") or "explore" (fire a "pick" event). */
  function attachAutocomplete(input) {
    const url = input.dataset.autocomplete;
    const mode = input.dataset.pick || "go";
    const list = el("ul", "ac-list");
    list.id = "ac-list-" + ++listCount;
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    let hits = [];
    let active = -1;
    let seq = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(i) {
      const items = list.querySelectorAll("li[role=option]");
      items.forEach(function (li, j) {
        li.setAttribute("aria-selected", j === i ? "true" : "false");
      });
      active = i;
      if (i >= 0 && items[i]) {
        input.setAttribute("aria-activedescendant", items[i].id);
        items[i].scrollIntoView({ block: "nearest" });
      }
    }

    function pick(i) {
      const hit = hits[i];
      if (!hit) return;
      close();
      if (mode === "go") {
        if (hit.url) window.location.href = hit.url;
      } else {
        input.value = hit.label;
        input.dataset.id = hit.id;
        input.dispatchEvent(new CustomEvent("pick", { detail: hit, bubbles: true }));
        if (mode === "submit" && input.form) {
          // send the picked entity's IRI, not its label: a second search for the label could
          // find another entity (labels repeat: two unnamed methods of papers with one title)
          input.form.addEventListener("formdata", function (e) {
            const values = e.formData.getAll(input.name).map(function (v) { return v === input.value ? hit.id : v; });
            e.formData.delete(input.name);
            values.forEach(function (v) { e.formData.append(input.name, v); });
          }, { once: true });
          input.form.requestSubmit();
        }
      }
    }

    function render(results, q) {
      hits = results;
      list.replaceChildren();
      if (!results.length) {
        const li = el("li", "ac-empty", "Nothing is called “" + q + "”");
        list.appendChild(li);
      }
      results.forEach(function (hit, i) {
        const li = el("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.appendChild(el("span", "badge " + hit.type, hit.type));
        li.appendChild(el("span", "ac-label", hit.label));
        if (hit.match) li.appendChild(el("span", "ac-match", "“" + hit.match + "”"));
        if (hit.type !== "paper") {
          li.appendChild(el("span", "ac-count", hit.papers + (hit.papers === 1 ? " paper" : " papers")));
        }
        li.addEventListener("mousedown", function (e) {
          e.preventDefault();
          pick(i);
        });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }

    const lookup = debounce(function () {
      const q = input.value.trim();
      delete input.dataset.id;
      if (!q) {
        close();
        return;
      }
      const mine = ++seq;
      fetch(url + (url.indexOf("?") < 0 ? "?" : "&") + "limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) {
          return r.ok ? r.json() : { results: [] };
        })
        .then(function (data) {
          if (mine === seq && document.activeElement === input) render(data.results || [], q);
        })
        .catch(function () {});
    }, 120);

    input.addEventListener("input", lookup);
    input.addEventListener("keydown", function (e) {
      const n = hits.length;
      if (e.key === "ArrowDown" && n) {
        e.preventDefault();
        if (list.hidden) list.hidden = false;
        highlight((active + 1) % n);
      } else if (e.key === "ArrowUp" && n) {
        e.preventDefault();
        highlight((active - 1 + n) % n);
      } else if (e.key === "Enter") {
        if (!list.hidden && active >= 0) {
          e.preventDefault();
          pick(active);
        } else if (mode !== "go" && mode !== "submit") {  // (submit: Enter sends the typed name)
          e.preventDefault();
          if (!list.hidden && n) pick(0);
        }
      } else if (e.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
  }

  /* ---------------------------------------------------------------- sortable tables */

  function cellKey(row, col) {
    const cell = row.cells[col];
    if (!cell) return "";
    return cell.dataset.key !== undefined ? cell.dataset.key : cell.textContent.trim();
  }

  function sortTable(table, th) {
    const col = th.cellIndex;
    const numeric = th.dataset.type === "number";
    const current = th.getAttribute("aria-sort");
    let dir;
    if (current === "ascending") dir = "descending";
    else if (current === "descending") dir = "ascending";
    else dir = th.dataset.first === "desc" ? "descending" : "ascending";
    table.querySelectorAll("thead th").forEach(function (other) {
      other.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", dir);
    const sign = dir === "ascending" ? 1 : -1;
    const body = table.tBodies[0];
    const rows = Array.from(body.rows).map(function (row, i) {
      let key = cellKey(row, col);
      if (numeric) {
        key = key === "" ? NaN : parseFloat(key);
      } else {
        key = key.toLocaleLowerCase();
      }
      return { row: row, key: key, i: i };
    });
    rows.sort(function (a, b) {
      if (numeric) {
        const an = isNaN(a.key), bn = isNaN(b.key);
        if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1; // no value: always last
        return (a.key - b.key) * sign || a.i - b.i;
      }
      return a.key.localeCompare(b.key) * sign || a.i - b.i;
    });
    rows.forEach(function (r) {
      body.appendChild(r.row);
    });
  }

  function attachSortable(table) {
    table.querySelectorAll("thead th[data-type]").forEach(function (th) {
      th.tabIndex = 0;
      th.addEventListener("click", function () {
        sortTable(table, th);
      });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          sortTable(table, th);
        }
      });
    });
  }

  /* ---------------------------------------------------------------- leaderboards and evidence */

  function attachBestSwitch(box) {
    function apply() {
      document.querySelectorAll(".board").forEach(function (board) {
        board.classList.toggle("only-best", box.checked);
      });
    }
    box.addEventListener("change", apply);
    apply();
  }

  function markTarget() {
    document.querySelectorAll(".targeted").forEach(function (node) {
      node.classList.remove("targeted");
    });
    if (!location.hash || location.hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.classList.add("targeted");
      target.scrollIntoView({ block: "center" });
    }
  }

  /* a dataset page's list of boards, folded to its summary line on a phone (a page of 32 boards
     listed them over a whole 390 px screen before the first board); open on a wider screen */
  if (window.matchMedia && window.matchMedia("(max-width: 40rem)").matches) {
    document.querySelectorAll("details.board-list").forEach(function (d) {
      d.open = false;
    });
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(attachAutocomplete);
  document.querySelectorAll("table.sortable").forEach(attachSortable);
  document.querySelectorAll("input.only-best").forEach(attachBestSwitch);
  if (document.querySelector(".abstract")) {
    markTarget();
    window.addEventListener("hashchange", markTarget);
  }
  window.mlkgUi = { attachAutocomplete: attachAutocomplete, el: el };
})();
