#!/usr/bin/env python3
"""Serves the built page (build-web/site) on localhost.

By default it sends the headers that make the page cross-origin isolated, so
the threaded build starts:
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Embedder-Policy: require-corp
  Document-Isolation-Policy: isolate-and-credentialless
With --no-isolation it sends none of them, as a course platform would, and
the page falls back to the single-threaded build.

  scripts/serve.py [--port 8000] [--no-isolation] [--root build-web/site]
"""
import argparse
import functools
import http.server
import pathlib
import sys

ISOLATION_HEADERS = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Document-Isolation-Policy": "isolate-and-credentialless",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    isolate = True
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".html": "text/html; charset=utf-8",
        ".py": "text/plain; charset=utf-8",
    }

    def end_headers(self):
        if self.isolate:
            for name, value in ISOLATION_HEADERS.items():
                self.send_header(name, value)
            self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        # Always fresh while developing: a rebuilt wasm must not mix with a cached js.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):  # quiet unless something fails
        if len(args) > 1 and str(args[1]).startswith(("4", "5")):
            super().log_message(format, *args)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--no-isolation", action="store_true",
                        help="send no COOP/COEP headers (single-threaded build)")
    parser.add_argument("--root", default=str(pathlib.Path(__file__).resolve().parent.parent
                                              / "build-web" / "site"))
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    if not (root / "index.html").exists():
        print(f"serve.py: {root}/index.html is missing; build the page first (make web)",
              file=sys.stderr)
        return 1
    handler = functools.partial(type("H", (Handler,), {"isolate": not args.no_isolation}),
                                directory=str(root))
    server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    mode = "single-threaded (no isolation headers)" if args.no_isolation else "threaded (cross-origin isolated)"
    # --port 0 picks a free port; the line below tells which (tests read it).
    print(f"Interleave: http://{args.host}:{server.server_address[1]}/  — {mode}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
