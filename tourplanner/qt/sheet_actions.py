"""Spreadsheets in and out of the open tour: File ▸ Import people… / Import sites… open the
import wizard; File ▸ Export ▸ … writes the people or sites list or a manifest as XLSX or
CSV on the window's worker (the services write a temporary file and rename it, so a
failed export never leaves half a file behind).

``SheetActions`` belongs to one ``MainWindow`` (``window.sheet_actions``) and keeps the wizard
and warning box it opened. ``ask_save_path`` and ``ask_site`` are the two questions an export
asks; tests replace them (a real file dialog would wait for a click).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from tourplanner.core.model import Site
from tourplanner.qt.worker import Job, JobContext

if TYPE_CHECKING:
    from tourplanner.qt.dialogs.import_wizard import ImportWizard
    from tourplanner.qt.main_window import MainWindow

#: What File ▸ Export offers, in the order of ``Actions.exports``: the two lists, then the
#: manifests by their kind (``services.manifests.ManifestKind``).
EXPORTS = ("people", "sites", "visitors", "vehicles", "rooming", "dietary")


class SheetActions:
    """File ▸ Import … and File ▸ Export … of one main window, connected when made."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: What was opened last (tests reach them here).
        self.import_wizard: ImportWizard | None = None
        self.export_warnings: QMessageBox | None = None
        a = window.actions_
        a.import_people.triggered.connect(lambda: self.open_import("people"))
        a.import_sites.triggered.connect(lambda: self.open_import("sites"))
        for what, action in zip(EXPORTS, a.exports, strict=True):
            action.triggered.connect(lambda _checked=False, w=what: self.export_list(w))

    def open_import(self, kind: str) -> ImportWizard | None:
        """Open the import wizard for people or sites (window-modal)."""
        from tourplanner.qt.dialogs.import_wizard import ImportWizard

        window = self.window
        session = window.session
        if session is None:
            return None
        wizard = ImportWizard(kind, session, window.settings, window.jobs, window)

        def imported(outcome: Any) -> None:
            window.show_view("participants" if kind == "people" else "sites")
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SheetActions", "Imported: %1 new, %2 updated, %3 unchanged."
                )
                .replace("%1", str(outcome.created))
                .replace("%2", str(outcome.updated))
                .replace("%3", str(outcome.unchanged)),
                8000,
            )

        wizard.imported.connect(imported)
        wizard.finished.connect(wizard.deleteLater)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def export_list(self, what: str) -> Job | None:
        """Ask where, then write one list on the worker; None when cancelled or busy."""
        from tourplanner.services.manifests import export_manifest, export_people, export_sites

        window = self.window
        session = window.session
        if session is None:
            return None
        if what not in EXPORTS:
            raise ValueError(what)
        snap = session.snapshot
        slug = session.slug
        title = _titles()[what]
        site_key: str | None = None
        stem = f"{slug}-{what}"
        if what == "visitors":
            sites = sorted(snap.sites, key=lambda s: s.name.casefold())
            if not sites:
                window.show_error(
                    title, QCoreApplication.translate("SheetActions", "The tour has no sites yet.")
                )
                return None
            used = {i.site_id for i in snap.items}
            preferred = next((n for n, s in enumerate(sites) if s.id in used), 0)
            site = ask_site(window, sites, preferred)
            if site is None:
                return None
            site_key = site.key
            stem += f"-{site.key}"
        path = ask_save_path(window, title, window.settings.output_folder() / f"{stem}.xlsx")
        if not path:
            return None
        db = session.db

        def work(_context: JobContext) -> Any:
            if what == "people":
                return export_people(db, slug, path)
            if what == "sites":
                return export_sites(db, slug, path)
            return export_manifest(db, slug, what, path, site=site_key)

        def done(result: Any) -> None:
            message = (
                QCoreApplication.translate("SheetActions", "Wrote %1 rows to %2.")
                .replace("%1", str(result.rows))
                .replace("%2", str(result.path))
            )
            window.statusBar().showMessage(message, 10000)
            if result.warnings:
                self.export_warnings = show_warnings(
                    window, title, message, [str(w) for w in result.warnings]
                )

        def failed(message: str) -> None:
            window.show_error(
                QCoreApplication.translate("SheetActions", "Could not export"), message
            )

        job = window.jobs.run(title, work, on_result=done, on_error=failed)
        if job is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("SheetActions", "Wait for the running job to finish."),
                5000,
            )
        return job


# -- the questions an export asks -----------------------------------------------------------


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> str:
    """Where to write an export ('' when cancelled); the suffix says the format."""
    xlsx = QCoreApplication.translate("SheetActions", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("SheetActions", "CSV, UTF-8 (*.csv)")
    chosen = xlsx if suggested.suffix.lower() == ".xlsx" else csv
    path, selected = QFileDialog.getSaveFileName(
        parent, title, str(suggested), f"{xlsx};;{csv}", chosen
    )
    if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if selected == csv else ".xlsx"
    return path


def ask_site(parent: QWidget, sites: list[Site], preferred: int) -> Site | None:
    """Which site a visitor list is for (None when cancelled)."""
    names = [s.name for s in sites]
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("SheetActions", "Visitor list"),
        QCoreApplication.translate("SheetActions", "The visitor list of which site?"),
        names,
        preferred,
        False,
    )
    if not ok or name not in names:
        return None
    return sites[names.index(name)]


def show_warnings(parent: QWidget, title: str, text: str, warnings: list[str]) -> QMessageBox:
    """Things to fix that an export found (an over-full vehicle, a person without a seat);
    opened without waiting, so the export is already done when it shows."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exportWarningsBox")
    box.setAccessibleName(title)
    shown = warnings[:12]
    more = len(warnings) - len(shown)
    detail = "\n".join(f"• {w}" for w in shown)
    if more:
        detail += "\n" + QCoreApplication.translate("SheetActions", "… and %1 more").replace(
            "%1", str(more)
        )
    box.setInformativeText(detail)
    box.open()
    return box


def _titles() -> dict[str, str]:
    return {
        "people": QCoreApplication.translate("SheetActions", "Export people"),
        "sites": QCoreApplication.translate("SheetActions", "Export sites"),
        "visitors": QCoreApplication.translate("SheetActions", "Export a visitor list"),
        "vehicles": QCoreApplication.translate("SheetActions", "Export vehicle manifests"),
        "rooming": QCoreApplication.translate("SheetActions", "Export the rooming list"),
        "dietary": QCoreApplication.translate("SheetActions", "Export the dietary summary"),
    }
