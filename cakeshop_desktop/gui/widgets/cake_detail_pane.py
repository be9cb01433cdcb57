"""The cake chosen in the catalogue in full, without hovering (a touch screen cannot hover):
its picture, name, price, weight, availability, description, composition and allergens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cakeshop_desktop.core.domain import CakeDTO
from cakeshop_desktop.core.services import catalog
from cakeshop_desktop.gui import formatting
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.icons import category_icon
from cakeshop_desktop.gui.models.catalog_model import availability, weight
from cakeshop_desktop.gui.picture_cache import PictureCache
from cakeshop_desktop.gui.widgets.layouts import nest

PICTURE_SIDE = 170  # pixels of the pane's picture
DETAIL_DELAY_MS = 120  # arrowing through the catalogue asks only for the cake it stops on


class CakeDetailPane(QFrame):
    """objectName cakeDetailPane; the picture is the QLabel cakePictureLabel."""

    def __init__(
        self, ctx: ShopContext, pictures: PictureCache, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pictures = pictures
        self._cake: CakeDTO | None = None
        self._composition: dict[int, tuple[str, ...]] = {}
        self.setObjectName("cakeDetailPane")
        self.setAccessibleName(self.tr("Chosen cake"))
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.picture_label = QLabel(self)
        self.picture_label.setObjectName("cakePictureLabel")
        self.picture_label.setAccessibleName(self.tr("Picture of the cake"))
        self.picture_label.setFixedSize(QSize(PICTURE_SIDE, PICTURE_SIDE))
        self.picture_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.name_label = self._text_label("cakeNameLabel", self.tr("Cake"))
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        self.facts_label = self._text_label(
            "cakeFactsLabel", self.tr("Price, weight, availability")
        )
        self.description_label = self._text_label("cakeDescriptionLabel", self.tr("Description"))
        self.composition_label = self._text_label("cakeCompositionLabel", self.tr("Composition"))
        self.allergens_label = self._text_label("cakeAllergensLabel", self.tr("Allergens"))

        text = QVBoxLayout()
        text.setSpacing(3)
        for label in (
            self.name_label,
            self.facts_label,
            self.description_label,
            self.composition_label,
            self.allergens_label,
        ):
            text.addWidget(label)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.picture_label, 0, Qt.AlignmentFlag.AlignTop)
        nest(layout, text, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setMaximumHeight(PICTURE_SIDE + 16)

        self._timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._timer.timeout.connect(self._fetch)
        pictures.picture_arrived.connect(self._picture_arrived)
        self.show_cake(None)

    def _text_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    @property
    def cake(self) -> CakeDTO | None:
        return self._cake

    def show_cake(self, cake: CakeDTO | None) -> None:
        """Show this cake (None: a hint to choose one); its picture and composition follow."""
        self._cake = cake
        if cake is None:
            self.name_label.setText(self.tr("Choose a cake in the catalogue to see it here"))
            for label in (
                self.facts_label,
                self.description_label,
                self.composition_label,
                self.allergens_label,
            ):
                label.clear()
                label.hide()
            self.picture_label.clear()
            self.picture_label.setText("")
            return
        self.name_label.setText(cake.name)
        facts = [formatting.money(cake.price)]
        if cake.weight_grams:
            facts.append(weight(cake.weight_grams))
        facts.append(availability(cake))
        if cake.category_name:  # the touch layout's list leaves its category out
            facts.append(cake.category_name)
        self.facts_label.setText(" · ".join(facts))
        self.description_label.setText(cake.description)
        self.allergens_label.setText(
            self.tr("Allergens: {0}").format(", ".join(cake.allergens))
            if cake.allergens
            else self.tr("Allergens: none listed")
        )
        for label in (self.facts_label, self.allergens_label):
            label.show()
        self.description_label.setVisible(bool(cake.description))
        self._show_composition()
        self._show_picture()
        self._timer.start()

    def _show_picture(self, *, fetch: bool = False) -> None:
        cake = self._cake
        if cake is None:
            return
        pixmap = self._pictures.picture(cake, fetch=fetch) if cake.image else None
        if pixmap is None:  # the shelf's icon until the picture is here, or for good
            self.picture_label.setPixmap(category_icon(cake.category_id).pixmap(QSize(96, 96)))
            self.picture_label.setToolTip("" if cake.image else self.tr("No picture yet"))
            return
        self.picture_label.setToolTip("")
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(
            self.picture_label.size() * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.picture_label.setPixmap(scaled)

    def _show_composition(self) -> None:
        cake = self._cake
        composition = self._composition.get(cake.id) if cake is not None else None
        if composition is None:
            self.composition_label.hide()
            return
        self.composition_label.setText(
            self.tr("Composition: {0}").format(", ".join(composition))
            if composition
            else self.tr("Composition: not listed")
        )
        self.composition_label.show()

    @Slot()
    def _fetch(self) -> None:
        cake = self._cake
        if cake is None:
            return
        self._show_picture(fetch=True)
        if cake.id in self._composition:
            return
        cake_id = cake.id
        self._ctx.call(
            self,
            catalog.cake_composition,
            cake_id,
            on_result=lambda names: self._composition_arrived(cake_id, names),
        )

    def _composition_arrived(self, cake_id: int, names: tuple[str, ...]) -> None:
        self._composition[cake_id] = tuple(names)
        if self._cake is not None and self._cake.id == cake_id:
            self._show_composition()

    @Slot(int)
    def _picture_arrived(self, cake_id: int) -> None:
        if self._cake is not None and self._cake.id == cake_id:
            self._show_picture()
