"""A real map: tiles on a QGraphicsView, numbered markers, the route between them (along
the roads where the routing server gave them, ``roads``; straight lines otherwise).

Tiles the cache already holds are drawn at once, on the GUI thread (a few small PNGs);
the others are fetched on a thread pool and drawn as they arrive, so the map never waits
for the network: offline, it shows what the cache has and grey elsewhere. Pan by dragging
the map, zoom with the wheel or + and -. Clicking a marker selects its site; when markers
are movable (the Sites page), dragging one moves its site, which the page turns into an
undoable edit. Points are stored in WGS-84 and drawn in the tile source's datum (GCJ-02 for
Chinese maps), and a dragged marker is converted back.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QWidget,
)

from tourplanner.core.errors import ValidationError
from tourplanner.core.tilemap import fan_out, point_at, world_pixel
from tourplanner.core.travel import coordinate_key
from tourplanner.qt import settings as keys
from tourplanner.qt.settings import Settings
from tourplanner.qt.style import ACCENT_COLOUR
from tourplanner.services.maps import MapStop, TileFetcher, Viewport, tile_fetcher, tile_source

TILE = 256
Point = tuple[float, float]  # latitude, longitude (WGS-84)
Roads = Mapping[tuple[Point, Point], Sequence[Point]]
_MARKER = 11.0
_GREY = QColor("#e5e7eb")


class _TileLoaded(QObject):
    """Carries a fetched tile back to the GUI thread (a queued signal)."""

    loaded = Signal(int, int, int, object)  # z, x, y, bytes or None


class _FetchTile(QRunnable):
    def __init__(self, fetcher: TileFetcher, z: int, x: int, y: int, sink: _TileLoaded) -> None:
        super().__init__()
        self._args = (fetcher, z, x, y, sink)

    def run(self) -> None:
        fetcher, z, x, y, sink = self._args
        try:
            data = fetcher.get(z, x, y).data
        except Exception:
            data = None
        sink.loaded.emit(z, x, y, data)


class _Marker(QGraphicsEllipseItem):
    """A numbered stop; movable on the Sites page."""

    def __init__(self, view: TileMapView, stop: MapStop, movable: bool) -> None:
        r = _MARKER
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.view = view
        self.stop = stop
        self.setBrush(QBrush(QColor(ACCENT_COLOUR)))
        self.setPen(QPen(QColor("white"), 2))
        self.setZValue(10)
        self.setToolTip(f"{stop.number}. {stop.name}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        number = QGraphicsSimpleTextItem(str(stop.number), self)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(11)
        number.setFont(font)
        number.setBrush(QColor("white"))
        box = number.boundingRect()
        number.setPos(-box.width() / 2, -box.height() / 2)
        self._pressed_at: QPointF | None = None
        self.true_pos = QPointF()  # the place itself; the marker may be spread beside it

    def mousePressEvent(self, event: object) -> None:
        self._pressed_at = self.pos()
        super().mousePressEvent(event)  # type: ignore[arg-type]

    def mouseReleaseEvent(self, event: object) -> None:
        super().mouseReleaseEvent(event)  # type: ignore[arg-type]
        start, self._pressed_at = self._pressed_at, None
        if start is None:
            return
        if (self.pos() - start).manhattanLength() >= 3:
            self.view._marker_dropped(self, self.pos() - start)
        else:
            self.view.stop_clicked.emit(self.stop.site_id)


class TileMapView(QGraphicsView):
    """The map. ``set_stops`` shows a route or a set of places; tiles come from a fetcher."""

    #: a marker was clicked: the site's id
    stop_clicked = Signal(int)
    #: a movable marker was dropped: the site's id and its new WGS-84 latitude, longitude
    site_moved = Signal(int, float, float)

    def __init__(self, fetcher: TileFetcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tileMap")
        self.setAccessibleName(self.tr("Map"))
        self.fetcher = fetcher
        self.zoom = 12
        self.stops: list[MapStop] = []
        self.movable = False
        self.route = True
        self.roads: Roads = {}
        self._scene = QGraphicsScene(self)
        self._scene.setBackgroundBrush(_GREY)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tiles: dict[tuple[int, int, int], QGraphicsPixmapItem] = {}
        self._pending: set[tuple[int, int, int]] = set()
        self._markers: list[_Marker] = []
        self._leaders: list[QGraphicsLineItem] = []
        self._settling = False
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self.load_now)
        self._line: QGraphicsPathItem | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._sink = _TileLoaded(self)
        self._sink.loaded.connect(self._tile_arrived)
        self.attribution = QLabel(fetcher.source.attribution, self)
        self.attribution.setObjectName("mapAttribution")
        self.attribution.setAccessibleName(self.tr("Map attribution"))
        self.attribution.setStyleSheet(
            "background: rgba(255,255,255,0.85); color: #374151; padding: 1px 4px;"
        )
        self.note = QLabel(self)
        self.note.setObjectName("mapNote")
        self.note.setAccessibleName(self.tr("Map note"))
        self.note.setStyleSheet("color: #4b5563; background: transparent;")
        self.note.setWordWrap(True)
        self.horizontalScrollBar().valueChanged.connect(self._load_visible)
        self.verticalScrollBar().valueChanged.connect(self._load_visible)

    # -- content ---------------------------------------------------------------------------

    def set_fetcher(self, fetcher: TileFetcher) -> None:
        """Draw from another tile source (a changed setting)."""
        self.fetcher = fetcher
        self.attribution.setText(fetcher.source.attribution)
        self.attribution.adjustSize()
        self._clear_tiles()
        self._settling = True
        try:
            self._rebuild(keep_view=True)
        finally:
            self._settling = False
        self._load_visible()

    def set_stops(
        self,
        stops: Sequence[MapStop],
        *,
        movable: bool = False,
        route: bool = True,
        note: str = "",
        roads: Roads | None = None,
    ) -> None:
        """Show ``stops`` (numbered markers, joined in order when ``route``: along the
        road where ``roads`` has the leg's line, by the legs' coordinate keys, else
        straight) and fit the view around them; ``note`` is shown when there is nothing
        to place."""
        same_places = [s.site_id for s in stops] == [s.site_id for s in self.stops]
        self.stops = list(stops)
        self.movable = movable
        self.route = route
        self.roads = roads or {}
        self.note.setText(note if not self.stops else "")
        self.note.setVisible(not self.stops and bool(note))
        if same_places and self._markers:
            # An edit (a site moved, an item retimed): the view stays where the user is.
            self._settling = True
            try:
                self._rebuild(keep_view=True)
            finally:
                self._settling = False
            self._load_visible()
        else:
            self._fit()
        description = "; ".join(f"{s.number}. {s.name}" for s in self.stops)
        self.setAccessibleDescription(description or note)

    def route_path(self) -> QPainterPath | None:
        """The drawn route (scene pixels), None when there is none."""
        return self._line.path() if self._line is not None else None

    def marker_positions(self) -> dict[int, QPointF]:
        """Where each stop's marker is, in view pixels, by stop number."""
        return {m.stop.number: self.mapFromScene(m.pos()).toPointF() for m in self._markers}

    def visible_tiles(self) -> list[tuple[int, int]]:
        """The (x, y) of the tiles the view needs at its zoom."""
        return [(x, y) for x, y, *_ in self._viewport().tiles()]

    def drawn_tiles(self) -> set[tuple[int, int, int]]:
        """The tiles drawn so far: (z, x, y)."""
        return set(self._tiles)

    # -- zoom and pan ----------------------------------------------------------------------

    def zoom_by(self, steps: int, around: QPointF | None = None) -> None:
        """Zoom in (positive) or out, keeping the point under ``around`` (view pixels;
        default the centre) where it is."""
        new = max(2, min(self.fetcher.source.max_zoom, self.zoom + steps))
        if new == self.zoom:
            return
        anchor = around or QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        scene_point = self.mapToScene(anchor.toPoint())
        lat, lon = point_at(scene_point.x(), scene_point.y(), self.zoom)
        self.zoom = new
        self._settling = True
        try:
            self._rebuild()
            x, y = world_pixel(lat, lon, new)
            self._scroll_so(QPointF(x, y), anchor)
        finally:
            self._settling = False
        self._load_visible()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = 1 if event.angleDelta().y() > 0 else -1
        self.zoom_by(steps, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._load_visible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.attribution.adjustSize()
        self.attribution.move(
            self.width() - self.attribution.width() - 2,
            self.height() - self.attribution.height() - 2,
        )
        self.note.setGeometry(12, 12, max(50, self.width() - 24), max(20, self.height() - 40))
        if event.oldSize().isEmpty() or not self.stops:
            self._fit()
        else:
            self._load_visible()

    # -- building the scene ----------------------------------------------------------------

    def _points(self) -> list[tuple[float, float]]:
        source = self.fetcher.source
        return [source.to_map(s.latitude, s.longitude) for s in self.stops]

    def _fit(self) -> None:
        self._settling = True
        try:
            self._fit_now()
        finally:
            self._settling = False
        self._load_visible()

    def _fit_now(self) -> None:
        width, height = max(64, self.viewport().width()), max(64, self.viewport().height())
        points = self._points()
        if points:
            view = Viewport.around(
                points, width, height, padding=28, max_zoom=min(16, self.fetcher.source.max_zoom)
            )
            self.zoom = view.zoom
            centre = QPointF(view.left + width / 2, view.top + height / 2)
        else:
            centre = QPointF(*world_pixel(29.6, 106.5, self.zoom))  # Chongqing, for a start
        self._rebuild()
        self._scroll_so(centre, QPointF(width / 2, height / 2))

    def _rebuild(self, keep_view: bool = False) -> None:
        size = TILE * 2**self.zoom
        centre = self.mapToScene(self.viewport().rect().center())
        self._scene.setSceneRect(QRectF(-size, 0, 3 * size, size))
        for item in self._tiles.values():
            self._scene.removeItem(item)
        self._tiles.clear()
        for marker in self._markers:
            self._scene.removeItem(marker)
        self._markers.clear()
        for leader in self._leaders:
            self._scene.removeItem(leader)
        self._leaders.clear()
        if self._line is not None:
            self._scene.removeItem(self._line)
            self._line = None
        positions = [QPointF(*world_pixel(lat, lon, self.zoom)) for lat, lon in self._points()]
        if self.route and len(positions) > 1:
            path = QPainterPath(positions[0])
            source = self.fetcher.source
            for (a, b), (stop_a, stop_b) in zip(
                itertools.pairwise(positions), itertools.pairwise(self.stops), strict=True
            ):
                road = self.roads.get(
                    (
                        coordinate_key(stop_a.latitude, stop_a.longitude),
                        coordinate_key(stop_b.latitude, stop_b.longitude),
                    ),
                    (),
                )
                path.moveTo(a)
                if len(road) > 1:
                    for lat, lon in road:
                        path.lineTo(QPointF(*world_pixel(*source.to_map(lat, lon), self.zoom)))
                path.lineTo(b)
            self._line = self._scene.addPath(
                path,
                QPen(QColor(ACCENT_COLOUR), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap),
            )
            self._line.setZValue(5)
        # Stops at the same or nearby places are spread around their true point, as on
        # the PDF maps, with a thin leader line back to it; ``true_pos`` keeps the place.
        shown = fan_out([(p.x(), p.y()) for p in positions], 2 * _MARKER + 1)
        for stop, where, (x, y) in zip(self.stops, positions, shown, strict=True):
            marker = _Marker(self, stop, self.movable)
            marker.true_pos = where
            marker.setPos(x, y)
            self._scene.addItem(marker)
            self._markers.append(marker)
            if (x, y) != (where.x(), where.y()):
                leader = self._scene.addLine(
                    where.x(), where.y(), x, y, QPen(QColor(ACCENT_COLOUR), 1)
                )
                leader.setZValue(6)
                self._leaders.append(leader)
        if keep_view:
            self.centerOn(centre)
        self._load_visible()

    def _scroll_so(self, scene_point: QPointF, view_point: QPointF) -> None:
        """Scroll so that ``scene_point`` shows at ``view_point`` of the viewport."""
        self.centerOn(scene_point)
        shown = self.mapFromScene(scene_point)
        dx, dy = shown.x() - view_point.x(), shown.y() - view_point.y()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(dx))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(dy))
        self._load_visible()

    def _viewport(self) -> Viewport:
        top_left = self.mapToScene(0, 0)
        return Viewport(
            self.zoom,
            top_left.x(),
            top_left.y(),
            max(1, self.viewport().width()),
            max(1, self.viewport().height()),
        )

    def _load_visible(self, *_args: object) -> None:
        """Draw the visible tiles once the view has settled (the end of this turn of the
        event loop): a resize, a scroll and a re-centring in a row ask for tiles once."""
        if not self._load_timer.isActive():
            self._load_timer.start()

    def load_now(self) -> None:
        """Draw the visible tiles: from the cache now, the others when they arrive."""
        if not self.isVisible() or self._settling:
            # Hidden, or half-way through a re-centring (asking for the tiles of a passing
            # scroll position would fetch tiles nobody sees).
            return
        view = self._viewport()
        count = 2**self.zoom
        for x, y, left, _top in view.tiles():
            # ``x`` says which image (wrapped round the world); ``column`` where it goes.
            column = round((left + view.left) / TILE)
            key = (self.zoom, column, y)
            if key in self._tiles or key in self._pending:
                continue
            cached = self.fetcher.peek(self.zoom, x, y)
            if cached is not None and cached.data is not None:
                self._place(key, cached.data)
                if not cached.stale:
                    continue
            self._pending.add(key)
            self._pool.start(_FetchTile(self.fetcher, self.zoom, x % count, y, self._sink))

    def _tile_arrived(self, z: int, x: int, y: int, data: bytes | None) -> None:
        for key in [k for k in self._pending if k[0] == z and k[2] == y and k[1] % 2**z == x]:
            self._pending.discard(key)
            if data is not None and z == self.zoom:
                self._place(key, data)

    def _place(self, key: tuple[int, int, int], data: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return
        old = self._tiles.pop(key, None)
        if old is not None:
            self._scene.removeItem(old)
        item = self._scene.addPixmap(pixmap)
        item.setPos(key[1] * TILE, key[2] * TILE)
        item.setZValue(0)
        self._tiles[key] = item

    def _clear_tiles(self) -> None:
        for item in self._tiles.values():
            self._scene.removeItem(item)
        self._tiles.clear()
        self._pending.clear()

    def _marker_dropped(self, marker: _Marker, moved: QPointF | None = None) -> None:
        # A spread-out marker stands beside its place: the place moves by the drag.
        where = marker.true_pos + (moved if moved is not None else QPointF())
        lat, lon = point_at(where.x(), where.y(), self.zoom)
        lat, lon = self.fetcher.source.from_map(lat, lon)
        self.site_moved.emit(marker.stop.site_id, lat, lon)

    def wait_for_tiles(self, msecs: int = 10_000) -> bool:
        """Block until every requested tile has been fetched (tests and shutdown)."""
        if self._load_timer.isActive():
            self._load_timer.stop()
            self.load_now()
        return self._pool.waitForDone(msecs)


def map_fetcher(settings: Settings) -> TileFetcher:
    """The tile fetcher the user's settings ask for; a setting that no longer checks out
    (written by hand in the settings file) falls back to the environment, then OSM."""
    try:
        source = tile_source(
            settings.get(keys.MAP_TILES),
            settings.get(keys.MAP_ATTRIBUTION),
            settings.get(keys.MAP_DATUM),
        )
    except ValidationError:
        source = tile_source()
    return tile_fetcher(source, user_agent=settings.get(keys.GEOCODER_USER_AGENT) or None)
