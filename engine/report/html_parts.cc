#include "report/html_parts.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "report/locale_text.h"

namespace contraste {

namespace {

constexpr const char* kStyle = R"css(
:root{--fg:#1d1d1f;--muted:#5b5b66;--line:#d9d9e0;--bg:#fff;--soft:#f5f5f8;--red:#b42318;--amber:#a15c00;
--green:#1f7a3a;--grey:#5b5b66;--mark:#ffe58a}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
header,nav,main,section.documents{max-width:64rem;margin:0 auto;padding:0 1rem}
header h1{font-size:1.5rem;margin:1rem 0 .25rem}
.summary{color:var(--muted);margin:0 0 .5rem}
nav.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding-top:.5rem;padding-bottom:.5rem;border-bottom:1px solid var(--line);
position:sticky;top:0;background:var(--bg);z-index:1}
nav.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center}
nav.filters legend{float:left;font-weight:600;margin-right:.5rem}
nav.filters label{white-space:nowrap}
section.event{margin:1.5rem 0}
section.overview{max-width:64rem;margin:0 auto;padding:0 1rem}
table.counts{border-collapse:collapse;margin:.5rem 0}
table.counts th,table.counts td{padding:.15rem .75rem .15rem 0;text-align:left;border-bottom:1px solid var(--line)}
table.counts td.count{text-align:right}
details.agreements{margin:1.5rem 0}
details.agreements>summary{font-weight:600;cursor:pointer}
ul.glance{list-style:none;padding:0;margin:.5rem 0 1rem}
ul.glance li{margin:.2rem 0}
ul.glance a{color:inherit;text-decoration:none}
ul.glance a:hover q{text-decoration:underline}
section.draft>.draft-title{font-size:1.35rem;margin:1.5rem 0 .25rem}
section.draft>.draft-title code{font-size:.7em;font-weight:400;word-break:break-all}
section.event>.event-title{font-size:1.2rem;margin:0 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
article.finding{border:1px solid var(--line);border-left:6px solid var(--grey);border-radius:6px;padding:.75rem 1rem;margin:.75rem 0}
article[data-kind=conflict],article[data-kind=contradicted]{border-left-color:var(--red)}
article[data-kind=disputed]{border-left-color:var(--amber)}
article[data-kind=agreement],article[data-kind=confirmed]{border-left-color:var(--green)}
article.finding .finding-title{font-size:1rem;margin:0 0 .25rem}
.badge{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;color:#fff;
background:var(--grey);border-radius:4px;padding:0 .4rem;margin-right:.4rem}
[data-kind=conflict] .badge,[data-kind=contradicted] .badge,[data-glance-kind=conflict] .badge{background:var(--red)}
[data-kind=disputed] .badge,[data-glance-kind=dispute] .badge{background:var(--amber)}
[data-kind=agreement] .badge,[data-kind=confirmed] .badge{background:var(--green)}
.meta,.explanation{color:var(--muted);margin:.25rem 0}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.75rem;margin-top:.5rem}
.side{background:var(--soft);border-radius:6px;padding:.5rem .75rem}
.side .side-title{margin:0 0 .25rem;font-size:.9rem}
figure.claim{margin:.5rem 0}
figure.claim blockquote{margin:0;padding-left:.75rem;border-left:3px solid var(--line);overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:2px;font-weight:600}
figcaption{font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
figcaption .role{font-weight:700;color:var(--fg)}
code{font-size:.85em;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.9rem}
.table-wrap{overflow-x:auto}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.3rem .5rem}
[hidden]{display:none!important}
@media (max-width:40rem){body{font-size:15px}nav.filters{position:static}article.finding{padding:.5rem .6rem}}
)css";

// Shows the elements whose kind and slot are both ticked; hides events left empty. A link may
// preselect filters: page.html#kind=conflict&slot=duration,quantity. Marks <body data-filters="ready">.
constexpr const char* kScript = R"js(
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  function apply() {
    var on = {kind: {}, slot: {}};
    boxes.forEach(function (b) { if (b.checked) on[b.getAttribute('data-filter')][b.value] = true; });
    document.querySelectorAll('main [data-kind]').forEach(function (el) {
      el.hidden = !(on.kind[el.getAttribute('data-kind')] && on.slot[el.getAttribute('data-slot')]);
    });
    document.querySelectorAll('main section.event').forEach(function (s) {
      s.hidden = !s.querySelector('[data-kind]:not([hidden])');
    });
  }
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    if (kv.length !== 2 || (kv[0] !== 'kind' && kv[0] !== 'slot')) return;
    var wanted = decodeURIComponent(kv[1]).split(',');
    boxes.forEach(function (b) {
      if (b.getAttribute('data-filter') === kv[0]) b.checked = wanted.indexOf(b.value) >= 0;
    });
  });
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
  document.body.setAttribute('data-filters', 'ready');
})();
)js";

// A long title (a photo caption taken as title) cut at a word boundary, at most `max` bytes.
std::string ShortTitle(const std::string& title, size_t max) {
  if (title.size() <= max) return title;
  size_t cut = title.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) {
    cut = max;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  }
  return title.substr(0, cut) + "…";
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void WriteHtmlHead(std::ostream& out, const UiText& ui, const std::string& title, const std::string& summary) {
  fmt::print(out, "<!DOCTYPE html>\n<html lang=\"{}\">\n", HtmlEscape(ui.language().empty() ? "und" : ui.language()));
  out << "<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'\">\n"
         "<meta name=\"generator\" content=\"contraste\">\n";
  fmt::print(out, "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n", HtmlEscape(title), kStyle);
  fmt::print(out, "<header>\n<h1>{}</h1>\n<p class=\"summary\">{}</p>\n</header>\n", HtmlEscape(title),
             HtmlEscape(summary));
}

void WriteHtmlFilters(std::ostream& out, const UiText& ui, const std::map<std::string, size_t>& kinds,
                      const std::map<std::string, size_t>& slots) {
  auto group = [&](const char* name, const std::string& legend, const std::map<std::string, size_t>& values) {
    fmt::print(out, "<fieldset><legend>{}</legend>", HtmlEscape(legend));
    for (const auto& [value, count] : values) {
      const std::string shown = std::string(name) == "kind" ? ui.Kind(value, count) : ui.Slot(value);
      fmt::print(out, "<label><input type=\"checkbox\" data-filter=\"{}\" value=\"{}\" checked> {} ({})</label>", name,
                 HtmlEscape(value), HtmlEscape(shown), count);
    }
    out << "</fieldset>\n";
  };
  fmt::print(out, "<nav class=\"filters\" aria-label=\"{}\">\n", HtmlEscape(ui.Label("filters")));
  group("kind", ui.Label("filter_kind"), kinds);
  group("slot", ui.Label("filter_slot"), slots);
  out << "</nav>\n";
}

namespace {

// The publication date as the language writes it, machine-readable in the datetime attribute.
std::string HtmlPublished(const Document& d, const UiText& ui) {
  if (!d.published) return HtmlEscape(ui.Label("date_unknown"));
  return fmt::format("<time datetime=\"{}\">{}</time>", d.published->ToString(), HtmlEscape(ui.Date(*d.published)));
}

// The article's title (cut to `max_bytes` unless 0), a link to where it was published when its
// metadata gives an http(s) `url`.
std::string HtmlSourceTitle(const Document& d, size_t max_bytes) {
  const std::string shown = HtmlEscape(max_bytes ? ShortTitle(d.title, max_bytes) : d.title);
  if (!d.url.starts_with("https://") && !d.url.starts_with("http://")) return shown;  // no javascript: links
  return fmt::format("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", HtmlEscape(d.url), shown);
}

}  // namespace

void WriteHtmlClaim(std::ostream& out, const Analysis& a, const UiText& ui, size_t claim, const std::string& role) {
  const Claim& c = a.claims[claim];
  const Document& d = a.documents[c.doc];
  std::string_view bytes = d.bytes;
  std::string sentence;
  const size_t s = c.sentence_offset, e = c.sentence_offset + c.sentence_length;
  if (s <= c.offset && c.offset + c.length <= e && e <= bytes.size()) {
    sentence = HtmlEscape(bytes.substr(s, c.offset - s)) + "<mark>" + HtmlEscape(bytes.substr(c.offset, c.length)) +
               "</mark>" + HtmlEscape(bytes.substr(c.offset + c.length, e - c.offset - c.length));
  } else {
    sentence = "<mark>" + HtmlEscape(c.quote) + "</mark>";
  }
  fmt::print(out, "<figure class=\"claim\" data-doc=\"{}\" data-offset=\"{}\">\n<blockquote>{}</blockquote>\n",
             HtmlEscape(d.id), c.offset, sentence);
  out << "<figcaption>";
  if (!role.empty()) fmt::print(out, "<span class=\"role\">{}</span> · ", HtmlEscape(role));
  fmt::print(out,
             "<q class=\"quote\">{}</q> — <cite title=\"{}\">{}</cite> · <code class=\"doc\">{}</code> · <span class=\"outlet\">{}</span> · "
             "{} · {} · {} <span class=\"value\" title=\"{}\">{}</span>{}</figcaption>\n</figure>\n",
             HtmlEscape(c.quote), HtmlEscape(d.title), HtmlSourceTitle(d, 140), HtmlEscape(d.id), HtmlEscape(ui.Outlet(d.outlet)),
             HtmlPublished(d, ui),
             HtmlEscape(ui.Format("line_column", {{"line", std::to_string(c.line)}, {"column", std::to_string(c.column)}})),
             HtmlEscape(ui.Label("value")), HtmlEscape(c.value), HtmlEscape(ui.Value(c.slot, c.value)),
             c.hedge.empty() ? "" : " (" + HtmlEscape(ui.Hedge(c.hedge)) + ")");
}

void WriteHtmlDocuments(std::ostream& out, const Analysis& a, const UiText& ui) {
  fmt::print(out, "<section class=\"documents\">\n<h2>{}</h2>\n<div class=\"table-wrap\"><table>\n<thead><tr>",
             HtmlEscape(ui.Label("documents")));
  for (const char* key : {"doc_id", "doc_title", "doc_published", "doc_outlet", "doc_numbers", "doc_assumed"}) {
    fmt::print(out, "<th>{}</th>", HtmlEscape(ui.Label(key)));
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const Document& d : a.documents) {
    std::string assumed;
    for (const std::string& s : d.assumptions) assumed += (assumed.empty() ? "" : "; ") + s;
    fmt::print(out, "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
               HtmlEscape(d.id), HtmlSourceTitle(d, 0), d.published ? HtmlPublished(d, ui) : HtmlEscape(ui.Label("unknown")),
               HtmlEscape(ui.Outlet(d.outlet)), HtmlEscape(LocaleText(d.locale, ui)),
               assumed.empty() ? "—" : HtmlEscape(assumed));
  }
  out << "</tbody></table></div>\n";
  if (!a.skipped.empty()) {
    fmt::print(out, "<h2>{}</h2>\n<ul>\n", HtmlEscape(ui.Label("skipped")));
    for (const Error& e : a.skipped) fmt::print(out, "<li>{}</li>\n", HtmlEscape(e.ToString()));
    out << "</ul>\n";
  }
  out << "</section>\n";
}

void WriteHtmlTail(std::ostream& out) { fmt::print(out, "<script>{}</script>\n</body>\n</html>\n", kScript); }

}  // namespace contraste
