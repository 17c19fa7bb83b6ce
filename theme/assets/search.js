/* 站内搜索: reads the index Gazette wrote under search/ (README, "Search") and shows the articles that contain every
   term of ?q=. Nothing is fetched until a query is given. A term of two or more characters matches where all its
   pairs of characters occur at consecutive places, so the results are exactly the articles that contain it. */
(function () {
  "use strict";
  var app = document.getElementById("search-app");
  if (!app || !window.fetch || !window.URLSearchParams) { return; }
  var indexLink = app.getAttribute("data-index");
  var pageLink = app.getAttribute("data-page");
  var folder = indexLink.slice(0, indexLink.lastIndexOf("/") + 1);
  var perPage = 10;
  var fetched = {};
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var pages = document.getElementById("search-pages");
  var filters = document.getElementById("search-filters");
  var params = new URLSearchParams(location.search);
  var query = (params.get("q") || "").slice(0, 100);
  var box = document.getElementById("search-q");
  var simplified = {};

  function get(url, kind) {
    if (!fetched[url]) {
      fetched[url] = fetch(url).then(function (response) {
        if (!response.ok) { throw new Error(url + ": " + response.status); }
        return kind === "json" ? response.json() : kind === "text" ? response.text() : response.arrayBuffer();
      });
    }
    return fetched[url];
  }

  // The same mapping as SearchText.Normalise: one UTF-16 unit for one.
  function normalise(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) { c += 32; }
      else if (c >= 0xFF21 && c <= 0xFF3A) { c = c - 0xFEE0 + 32; }
      else if (c >= 0xFF01 && c <= 0xFF5E) { c -= 0xFEE0; }
      else if (c === 0x3000) { c = 32; }
      else if (c >= 0x3400 && simplified[text[i]]) { c = simplified[text[i]].charCodeAt(0); }
      out += String.fromCharCode(c);
    }
    return out;
  }

  // .NET's char.IsWhiteSpace, which the index uses to leave out pairs that hold a space.
  function isSpace(c) {
    return (c >= 9 && c <= 13) || c === 32 || c === 0x85 || c === 0xA0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
      c === 0x2028 || c === 0x2029 || c === 0x202F || c === 0x205F || c === 0x3000;
  }

  function terms(text) {
    var found = [], term = "";
    for (var i = 0; i <= text.length; i++) {
      if (i === text.length || isSpace(text.charCodeAt(i))) {
        if (term && found.indexOf(term) < 0) { found.push(term); }
        term = "";
      } else { term += text[i]; }
    }
    return found.slice(0, 10);
  }

  function name(manifest, directories, index) {
    var size = manifest.directorySize;
    var directory = directories.substr(Math.floor(index / size) * 10, 10);
    return get(folder + directory + ".txt", "text").then(function (names) { return names.substr((index % size) * 10, 10); });
  }

  function reader(bytes) {
    var at = 0;
    return {
      next: function () {
        var value = 0, shift = 0, b;
        do { b = bytes[at++]; value += (b & 0x7F) * Math.pow(2, shift); shift += 7; } while (b >= 0x80);
        return value;
      },
      seek: function (offset) { at = offset; },
      get offset() { return at; }
    };
  }

  // A list: per document, the gap from the last, the number of places, the places as gaps.
  function decode(bytes, offset, documents) {
    var r = reader(bytes), result = new Map(), document = -1;
    r.seek(offset);
    for (var i = 0; i < documents; i++) {
      document += r.next();
      var places = new Set(), place = 0;
      for (var n = r.next(); n > 0; n--) { place += r.next(); places.add(place); }
      result.set(document, places);
    }
    return result;
  }

  function lists(manifest, key) {
    var shard = Math.imul(key, 0x9E3779B1) >>> (32 - manifest.shardBits);
    return name(manifest, manifest.shards, shard).then(function (hash) {
      return get(folder + hash + ".bin", "bytes");
    }).then(function (buffer) {
      var bytes = new Uint8Array(buffer), r = reader(bytes), count = r.next(), headers = [];
      for (var i = 0; i < count; i++) { headers.push([r.next(), r.next(), r.next(), r.next(), r.next()]); }
      var offset = r.offset;
      for (var h = 0; h < headers.length; h++) {
        if (headers[h][0] === key) {
          return { title: decode(bytes, offset, headers[h][1]), body: decode(bytes, offset + headers[h][2], headers[h][3]) };
        }
        offset += headers[h][2] + headers[h][4];
      }
      return { title: new Map(), body: new Map() };
    });
  }

  function pairKey(a, b) { return ((a << 16) | b) >>> 0; }

  // Each document the term occurs in, with 1 when it occurs in the title.
  function match(manifest, term) {
    if (term.length === 1) {
      return lists(manifest, pairKey(0, term.charCodeAt(0))).then(function (l) {
        var result = new Map();
        l.title.forEach(function (_, document) { result.set(document, 1); });
        return result;
      });
    }
    var offsets = [];
    for (var o = 0; o < term.length - 1; o++) { if (o % 2 === 0 || o === term.length - 2) { offsets.push(o); } }
    return Promise.all(offsets.map(function (o) { return lists(manifest, pairKey(term.charCodeAt(o), term.charCodeAt(o + 1))); })).then(function (found) {
      var result = new Map();
      ["body", "title"].forEach(function (field) {
        found[0][field].forEach(function (places, document) {
          var hit = false;
          places.forEach(function (p) {
            if (!hit && offsets.every(function (o, i) { var at = found[i][field].get(document); return at && at.has(p + o); })) { hit = true; }
          });
          if (hit) { result.set(document, field === "title" ? 1 : (result.get(document) || 0)); }
        });
      });
      return result;
    });
  }

  function search(manifest, list) {
    return Promise.all(list.map(function (term) { return match(manifest, term); })).then(function (matches) {
      var result = matches[0];
      matches.slice(1).forEach(function (other) {
        var next = new Map();
        result.forEach(function (inTitle, document) { if (other.has(document)) { next.set(document, inTitle + other.get(document)); } });
        result = next;
      });
      return Array.from(result.keys()).sort(function (a, b) { return (result.get(b) - result.get(a)) || (a - b); });
    });
  }

  function yearOf(manifest, document) {
    for (var i = 0; i < manifest.years.length; i++) {
      var run = manifest.years[i];
      if (document >= run[1] && document < run[1] + run[2]) { return run[0]; }
    }
    return 0;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  // The text with every occurrence of a term in <mark>, found in the normalised text at the same places.
  function highlighted(text, list) {
    var normal = normalise(text), marks = [], fragment = document.createDocumentFragment(), at = 0;
    list.forEach(function (term) {
      for (var i = normal.indexOf(term); i >= 0; i = normal.indexOf(term, i + term.length)) { marks.push([i, i + term.length]); }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    marks.forEach(function (m) {
      if (m[0] < at) { return; }
      fragment.appendChild(document.createTextNode(text.slice(at, m[0])));
      fragment.appendChild(element("mark", null, text.slice(m[0], m[1])));
      at = m[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function excerpt(link, list, into) {
    get(link, "text").then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var body = page.querySelector(".article-body");
      var text = body ? body.textContent.replace(/\s+/g, " ").trim() : "";
      var normal = normalise(text), first = -1;
      list.forEach(function (term) { var i = normal.indexOf(term); if (i >= 0 && (first < 0 || i < first)) { first = i; } });
      var start = Math.max(0, first - 40), end = Math.min(text.length, start + 120);
      into.appendChild(highlighted((start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : ""), list));
    }).catch(function () { });
  }

  function option(select, value, label, chosen) {
    var node = element("option", null, label);
    node.value = value;
    node.selected = String(value) === chosen;
    select.appendChild(node);
  }

  function link(pageNumber) {
    var next = new URLSearchParams(location.search);
    if (pageNumber > 1) { next.set("page", String(pageNumber)); } else { next.delete("page"); }
    return pageLink + "?" + next.toString();
  }

  function show(manifest, list, documents, columns) {
    var column = params.get("column") || "", year = params.get("year") || "";
    var byColumn = {}, byYear = {};
    documents.forEach(function (d) {
      byColumn[columns[d]] = (byColumn[columns[d]] || 0) + 1;
      var y = yearOf(manifest, d);
      byYear[y] = (byYear[y] || 0) + 1;
    });
    var shown = documents.filter(function (d) {
      return (column === "" || String(columns[d]) === column) && (year === "" || String(yearOf(manifest, d)) === year);
    });
    var single = list.some(function (t) { return t.length === 1; }) ? "（单字只查标题，输入两个字以上可查全文）" : "";
    status.textContent = documents.length === 0
      ? "没有找到包含“" + list.join(" ") + "”的文章" + single + "。"
      : "找到 " + shown.length + " 篇包含“" + list.join(" ") + "”的文章" + single + "。";
    if (documents.length > 0) {
      var columnSelect = document.getElementById("search-column"), yearSelect = document.getElementById("search-year");
      document.getElementById("search-filter-q").value = query;
      option(columnSelect, "", "全部栏目", column);
      manifest.columns.forEach(function (c, i) { if (byColumn[i]) { option(columnSelect, i, c[0] + "（" + byColumn[i] + "）", column); } });
      option(yearSelect, "", "全部年份", year);
      Object.keys(byYear).sort().reverse().forEach(function (y) { option(yearSelect, y, y + "年（" + byYear[y] + "）", year); });
      filters.hidden = false;
    }
    var count = Math.max(1, Math.ceil(shown.length / perPage));
    var current = Math.min(count, Math.max(1, parseInt(params.get("page") || "1", 10) || 1));
    var slice = shown.slice((current - 1) * perPage, current * perPage);
    slice.forEach(function (d) {
      var item = element("li", "search-result");
      item.setAttribute("data-document", String(d));
      var chunk = Math.floor(d / manifest.chunkSize);
      name(manifest, manifest.chunks, chunk).then(function (hash) { return get(folder + hash + ".json", "json"); }).then(function (docs) {
        var doc = docs[d % manifest.chunkSize], anchor = element("a");
        anchor.href = doc[1];
        anchor.appendChild(highlighted(doc[0], list));
        var meta = element("p", "search-meta");
        var time = element("time", null, doc[2]);
        time.setAttribute("datetime", doc[2]);
        meta.appendChild(time);
        meta.appendChild(document.createTextNode(" " + (manifest.columns[columns[d]] || [""])[0]));
        var text = element("p", "search-excerpt");
        item.appendChild(anchor);
        item.appendChild(meta);
        item.appendChild(text);
        excerpt(doc[1], list, text);
      });
      results.appendChild(item);
    });
    if (count > 1) {
      [["上一页", current - 1], ["下一页", current + 1]].forEach(function (p) {
        if (p[1] >= 1 && p[1] <= count) { var a = element("a", null, p[0]); a.href = link(p[1]); pages.appendChild(a); }
      });
      pages.appendChild(element("span", "page-status", "第 " + current + " 页，共 " + count + " 页"));
      pages.hidden = false;
    }
  }

  if (box) { box.value = query; }
  if (!query.trim()) { status.textContent = "请输入要查找的词，多个词用空格分开。"; return; }
  status.textContent = "正在查找……";
  get(indexLink, "json").then(function (manifest) {
    for (var i = 0; i + 1 < manifest.simplified.length; i += 2) { simplified[manifest.simplified[i]] = manifest.simplified[i + 1]; }
    var wanted = terms(normalise(query));
    return Promise.all([search(manifest, wanted), get(folder + manifest.columnFile + ".bin", "bytes")]).then(function (found) {
      show(manifest, wanted, found[0], new Uint8Array(found[1]));
    });
  }).catch(function () {
    // A file of the index that is gone means the site was rebuilt since this page was loaded.
    status.textContent = "搜索暂时无法使用：网站可能刚刚更新，请刷新本页再试。也可以按年份和月份浏览全部文章，或在网站地图中查找。";
  });
})();
