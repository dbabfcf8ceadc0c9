"""The park canvas: a QGraphicsScene that follows the Document, and its view.

``scene.py`` builds one item per enterprise (a box with its streams as
ports) and per link (a curved edge) and keeps them in step with the
Document's signals; ``interactions.py`` holds the gestures the scene hands
the mouse to (drawing a link); ``view.py`` adds zoom, pan, fit and
rubber-band selection; ``layout.py`` places parks that have no positions.
"""

from parkflow.ui.canvas.scene import ParkScene
from parkflow.ui.canvas.view import ParkView

__all__ = ["ParkScene", "ParkView"]
