"""The Content-Security-Policy every exported HTML page carries.

Exports are opened from disk, mailed and printed; they contain learners' own words. The policy
forbids scripts, frames, forms, fonts and any network fetch, and allows only the page's inline
styles and ``data:`` images, so even text that slipped past escaping could not run or phone home.
"""

from __future__ import annotations

EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{EXPORT_CSP}">'
