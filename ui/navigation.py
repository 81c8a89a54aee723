"""The dashboard's pages: one table for app.py's navigation, the tests and the benchmark."""

from __future__ import annotations

# Section key -> pages as (script, title key, icon, url path). The first is the home page.
PAGES: dict[str, list[tuple[str, str, str, str]]] = {
    "nav.section.dashboard": [
        ("app_pages/overview.py", "nav.overview", ":material/dashboard:", "overview"),
        ("app_pages/maturity.py", "nav.maturity", ":material/stairs:", "maturity"),
        ("app_pages/network.py", "nav.network", ":material/hub:", "network"),
        ("app_pages/agenda.py", "nav.agenda", ":material/event:", "agenda"),
        ("app_pages/library.py", "nav.library", ":material/library_books:", "library"),
        ("app_pages/coalition.py", "nav.coalition", ":material/description:", "coalition"),
        (
            "app_pages/my_coalitions.py",
            "nav.my_coalitions",
            ":material/edit_note:",
            "my_coalitions",
        ),
        ("app_pages/data_quality.py", "nav.data_quality", ":material/rule:", "data_quality"),
    ],
    "nav.section.reset_day": [
        ("app_pages/presenter.py", "nav.presenter", ":material/slideshow:", "presenter"),
        ("app_pages/report.py", "nav.report", ":material/article:", "report"),
    ],
}
HOME = "overview"  # Streamlit serves the default page at "/", whatever its url path


def page_scripts() -> list[str]:
    """Every page script, in the navigation's order."""
    return [page[0] for pages in PAGES.values() for page in pages]


def page_urls() -> dict[str, tuple[str, str]]:
    """Page name (url path) -> (script, address in the browser); the home page is "/"."""
    return {
        url: (script, "/" if url == HOME else f"/{url}")
        for pages in PAGES.values()
        for script, _title, _icon, url in pages
    }
