// The review page's script: no network, no library. Grids are drawn only when a report is opened, from the
// compact data below (values in layout order), so a page of thousands of reports loads at once.
(function () {
  "use strict";
  var layouts = null, data = null, agencies = null, layoutIndex = {};

  function load() {
    if (data) { return; }
    layouts = {};
    JSON.parse(document.getElementById("xxgk-layouts").textContent).forEach(function (l) {
      layouts[l.id] = l;
      var idx = {};
      l.keys.forEach(function (k, i) { idx[k] = i; });
      layoutIndex[l.id] = idx;
    });
    data = JSON.parse(document.getElementById("xxgk-data").textContent);
  }

  function esc(s) {
    return s == null ? "" : String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c];
    });
  }

  // ---- the list: sort, filter ---------------------------------------------------------------------------
  var tbody = document.querySelector("#reports tbody");
  var heads = document.querySelectorAll("#reports th");
  heads.forEach(function (th) {
    th.addEventListener("click", function () {
      var col = +th.dataset.col, numeric = th.hasAttribute("data-numeric");
      var dir = th.classList.contains("asc") ? -1 : 1;
      heads.forEach(function (h) { h.classList.remove("asc", "desc"); });
      th.classList.add(dir > 0 ? "asc" : "desc");
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        if (numeric) {
          var nx = x === "" ? -Infinity : +x, ny = y === "" ? -Infinity : +y;
          return (nx - ny) * dir || (+a.dataset.i - +b.dataset.i);
        }
        return x.localeCompare(y, "zh") * dir || (+a.dataset.i - +b.dataset.i);
      });
      var frag = document.createDocumentFragment();
      rows.forEach(function (r) { frag.appendChild(r); });
      tbody.appendChild(frag);
    });
  });

  var filter = document.getElementById("filter"), shown = document.getElementById("shown");
  function applyFilter(test, what) {
    var n = 0;
    Array.prototype.forEach.call(tbody.rows, function (r) {
      var ok = test(r);
      r.hidden = !ok;
      n += ok ? 1 : 0;
    });
    shown.textContent = what ? n + " shown: " + what : "";
  }
  filter.addEventListener("input", function () {
    var q = filter.value.trim().toLowerCase();
    applyFilter(function (r) { return !q || r.textContent.toLowerCase().indexOf(q) >= 0; }, q);
  });
  document.getElementById("show-all").addEventListener("click", function () { filter.value = ""; });

  // ---- a report's grids ----------------------------------------------------------------------------------
  function failuresByCell(d, l) {
    var byCell = {}, idx = layoutIndex[l.id];
    (d.F || []).forEach(function (f) {
      f[2].forEach(function (key) {
        var at = key.indexOf("@");
        if (at >= 0) {
          if (+key.slice(at + 1) !== d.y) { return; } // a cross-year check names the other year's cell too
          key = key.slice(0, at);
        }
        var i = idx[key];
        if (i !== undefined) { (byCell[i] = byCell[i] || []).push(f[0] + ": " + f[1]); }
      });
    });
    return byCell;
  }

  function sourceLink(d, table) {
    if (!d.h) { return ""; }
    var page = d.P && d.P[table];
    var href = d.h + (d.k === "pdf" && page ? "#page=" + page : "");
    return " <a href=\"" + esc(href) + "\">原文" + (d.k === "pdf" && page ? " 第" + page + "页" : "") + " ↗</a>";
  }

  function grid(d) {
    var l = layouts[d.L], fails = failuresByCell(d, l), low = {};
    (d.lc || []).forEach(function (i) { low[i] = true; });
    var out = [];
    l.tables.forEach(function (t) {
      var width = t.columns.length;
      t.rows.forEach(function (r) { width = Math.max(width, r.heads.length, r.cells.length); });
      out.push("<table class=\"grid\" data-table=\"" + t.table + "\"><caption>" + esc(t.title) + sourceLink(d, t.table) + "</caption>");
      if (t.columns.length) {
        out.push("<tr><th></th>" + t.columns.map(function (c) { return "<th>" + esc(c) + "</th>"; }).join("") + "</tr>");
      }
      t.rows.forEach(function (r) {
        if (!r.cells.length) {
          out.push("<tr class=\"head\"><th class=\"label\">" + esc(r.label) + "</th>" + r.heads.map(function (h) {
            return "<th>" + esc(h) + "</th>";
          }).join("") + (r.heads.length < width ? "<th colspan=\"" + (width - r.heads.length) + "\"></th>" : "") + "</tr>");
          return;
        }
        var tds = r.cells.map(function (i) {
          var v = d.v[i], cls = ["v"], title = [l.keys[i]];
          if (v == null) { cls.push("missing"); }
          if (fails[i]) { cls.push("fail"); title = title.concat(fails[i]); }
          if (low[i]) { cls.push("low"); title.push("low confidence (OCR)"); }
          var crop = fails[i] && d.cr && d.cr[i] ? "<img class=\"crop\" alt=\"as printed\" src=\"" + esc(d.cr[i]) + "\">" : "";
          return "<td class=\"" + cls.join(" ") + "\" data-key=\"" + esc(l.keys[i]) + "\" title=\"" + esc(title.join("\n")) + "\">"
            + esc(v == null ? "" : v) + crop + "</td>";
        });
        var pad = width - r.cells.length;
        out.push("<tr><td class=\"label\">" + esc(r.label) + "</td>" + tds.join("")
          + (pad > 0 ? "<td colspan=\"" + pad + "\"></td>" : "") + "</tr>");
      });
      out.push("</table>");
    });
    if (d.x && d.x.length) {
      out.push("<p>cells outside the format: " + d.x.map(function (c) { return esc(c[0] + " = " + c[1]); }).join(", ") + "</p>");
    }
    return out.join("");
  }

  function header(d, i) {
    var h = "<h2>" + esc(d.a || "(agency not found)") + " " + esc(d.y || "") + " <small>" + esc(d.s) + "</small>"
      + (d.h ? " <a href=\"" + esc(d.h) + "\">source ↗</a>" : "") + "</h2>";
    if (d.st) { return h + "<p class=\"failure\">" + esc(d.st) + ": " + esc(d.m) + "</p>"; }
    h += "<p>format " + esc(d.f) + " · " + d.v.filter(function (v) { return v != null; }).length + " of " + d.v.length
      + " cells · " + d.F.length + " failed checks</p>";
    if (d.F.length) {
      h += "<ul class=\"findings\">" + d.F.map(function (f) {
        return "<li><code>" + esc(f[0]) + "</code> " + esc(f[1]) + "</li>";
      }).join("") + "</ul>";
    }
    return h;
  }

  // the reports of i's agency, one per year (i for its own year, else the first in input order), by year
  function sameAgency(i) {
    if (!agencies) {
      agencies = {};
      data.forEach(function (d, j) { if (d.a && !d.st) { (agencies[d.a] = agencies[d.a] || []).push(j); } });
    }
    var byYear = {};
    ((data[i].a && agencies[data[i].a]) || [i]).forEach(function (j) {
      var y = data[j].y || 0;
      if (byYear[y] === undefined || j === i) { byYear[y] = j; }
    });
    return Object.keys(byYear).map(function (y) { return byYear[y]; })
      .sort(function (a, b) { return (data[a].y || 0) - (data[b].y || 0) || a - b; });
  }

  var detail = document.getElementById("detail");
  var legend = "<p class=\"legend\"><span class=\"fail\">named by a failed check</span><span class=\"missing\">not in the report</span>"
    + "<span class=\"low\">low confidence (OCR)</span></p>";

  function open(i, sideBySide) {
    load();
    var d = data[i];
    if (!d) { return; }
    document.querySelectorAll("#reports tr.open").forEach(function (r) { r.classList.remove("open"); });
    var row = document.getElementById("row-" + i);
    if (row) { row.classList.add("open"); }
    var others = d.st ? [i] : sameAgency(i), html = [];
    if (others.length > 1) {
      html.push("<p class=\"years-nav\">years of this agency: " + others.map(function (j) {
        return j === i && !sideBySide ? "<b>" + esc(data[j].y) + "</b>" : "<a href=\"#r=" + j + "\">" + esc(data[j].y) + "</a>";
      }).join(" · ") + (sideBySide ? "" : " · <a href=\"#a=" + i + "\">side by side 并排</a>") + "</p>");
    }
    if (sideBySide && others.length > 1) {
      html.push(legend + "<div class=\"years\">" + others.map(function (j) {
        return "<div class=\"year\" data-i=\"" + j + "\">" + header(data[j], j) + grid(data[j]) + "</div>";
      }).join("") + "</div>");
    } else {
      html.push(header(d, i) + (d.st ? "" : legend + grid(d)));
    }
    detail.innerHTML = html.join("");
    detail.hidden = false;
  }

  function route() {
    var h = decodeURIComponent(location.hash.slice(1)), m;
    if ((m = /^r=(\d+)$/.exec(h))) { open(+m[1], false); }
    else if ((m = /^a=(\d+)$/.exec(h))) { open(+m[1], true); }
    else if ((m = /^status=(.+)$/.exec(h))) {
      applyFilter(function (r) { return r.dataset.status === m[1]; }, "status " + m[1]);
    } else if ((m = /^check=(.+)$/.exec(h))) {
      applyFilter(function (r) { return (" " + r.dataset.checks + " ").indexOf(" " + m[1] + " ") >= 0; }, "failed " + m[1]);
    } else { applyFilter(function () { return true; }, ""); detail.hidden = true; }
  }
  window.addEventListener("hashchange", route);
  route();
})();
