"""XSS vectors in the spirit of OWASP's XSS filter evasion cheat sheet, plus Markdown, attribute
list, Jinja and MkDocs-specific forms.

Each vector is a template where ``XID`` is replaced by an id naming the vector and the input it
was put in (``para-3``, ``title-7``...). A vector that runs calls ``__xss('<id>')`` (a canary the
browser tests define) or opens a dialog, or makes the page load something from another host
(``evil.example``), so a test knows exactly which vector ran where.
"""

from __future__ import annotations

VECTORS: tuple[str, ...] = (
    "<script>__xss('XID')</script>",
    "<img src=x onerror=__xss('XID')>",
    "<svg onload=__xss('XID')>",
    "<svg><script>__xss('XID')</script></svg>",
    "<a href=\"javascript:__xss('XID')\">click me</a>",
    "<iframe src=\"javascript:parent.__xss('XID')\"></iframe>",
    "<body onload=__xss('XID')>",
    "<details open ontoggle=__xss('XID')>",
    "<input autofocus onfocus=__xss('XID')>",
    "\"><img src=x onerror=__xss('XID')>",
    "' onmouseover='__xss(\"XID\")' data-x='",
    "&lt;script&gt;__xss('XID')&lt;/script&gt;",
    "&#60;img src=x onerror=__xss('XID')&#62;",
    "<IMG SRC=JaVaScRiPt:__xss('XID')>",
    "<scr<script>ipt>__xss('XID')</scr</script>ipt>",
    "[click](javascript:__xss('XID'))",
    "![image](javascript:__xss('XID'))",
    "<javascript:__xss('XID')>",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[entity](&#106;avascript:__xss('XID'))",
    "<a href=\"&#106;avascript:__xss('XID')\">entity</a>",
    "text {: onclick=\"__xss('XID')\" }",
    "{: onmouseover=__xss('XID') }",
    "{{ config }} {{ page.title }} XID",
    "{% for x in range(3) %}XID{% endfor %}",
    "<!-- XID",
    "<style>*{display:none}</style>XID",
    '<base href="https://evil.example/XID/">',
    "<link rel=stylesheet href=https://evil.example/XID.css>",
    '<meta http-equiv="refresh" content="0;url=javascript:__xss(\'XID\')">',
    "<math><mtext><table><mglyph><style><img src=x onerror=__xss('XID')>",
    "<object data=\"javascript:__xss('XID')\"></object>",
    "`<code>` **bold** _em_ <b>XID</b>",
    "*[XID]: an abbreviation definition",
    "[^XID]: a footnote definition",
    '!!! danger "XID"',
    "\\<script\\>__xss('XID')\\</script\\>",
    '<div markdown="1" onclick="__xss(\'XID\')">div</div>',
)


def vector(index: int, where: str) -> str:
    """Vector ``index`` with its id for the input ``where``."""
    return VECTORS[index].replace("XID", f"{where}-{index}")


def vectors(where: str) -> list[str]:
    return [vector(i, where) for i in range(len(VECTORS))]


#: Links that registries and editor files must refuse (only http and https are accepted).
BAD_LINKS: tuple[str, ...] = (
    "javascript:__xss('XID')",
    "JaVaScRiPt:__xss('XID')",
    " javascript:__xss('XID')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox('XID')",
    "//evil.example/XID",
    "file:///etc/passwd",
    "ftp://evil.example/XID",
)

#: http(s) links with characters that must be escaped inside an attribute.
TRICKY_HTTP_LINKS: tuple[str, ...] = (
    "https://en.wikipedia.org/wiki/X\" onmouseover=\"__xss('XID')",
    "https://en.wikipedia.org/wiki/Y'><script>__xss('XID')</script>",
)
