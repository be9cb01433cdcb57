"""The refusals of the core services (English, no Qt there) in the user's language.

A service raises e.g. `OutOfStock("Only 2 «Медовик» left")`; the GUI matches the message
against the English templates below and shows the translated template with the same
values. A message without a template is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"

# The messages a counter, a baker or an admin meets most; {0}, {1}, ... stand for values.
TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong login or password"),
    QT_TRANSLATE_NOOP("CoreMessages", "This account is disabled: ask an administrator"),
    QT_TRANSLATE_NOOP("CoreMessages", "This account is locked: ask an administrator"),
    QT_TRANSLATE_NOOP("CoreMessages", "Too many failed attempts: try again in {0} min"),
    QT_TRANSLATE_NOOP("CoreMessages", "This account no longer exists"),
    QT_TRANSLATE_NOOP("CoreMessages", "The current password is wrong"),
    QT_TRANSLATE_NOOP("CoreMessages", "The new password must differ from the current one"),
    QT_TRANSLATE_NOOP("CoreMessages", "«{0}» is sold out"),
    QT_TRANSLATE_NOOP("CoreMessages", "Only {0} «{1}» left"),
    QT_TRANSLATE_NOOP("CoreMessages", "The pickup time is in the past"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Choose a pickup time: made-to-order cakes are ready from {0}"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "«{0}» needs {1} h: the earliest pickup is {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The bakery is fully booked on {0}: choose another day"),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose how the customer pays"),
    QT_TRANSLATE_NOOP("CoreMessages", "An order handed out at once must be paid in full"),
    QT_TRANSLATE_NOOP("CoreMessages", "Paid {0} is more than the order total {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Payment is taken at the counter"),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a cashier can give a discount"),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a cashier can hand an order out"),
    QT_TRANSLATE_NOOP("CoreMessages", "A customer orders only for themselves"),
    QT_TRANSLATE_NOOP("CoreMessages", "A cashier sees only their own shift report"),
    QT_TRANSLATE_NOOP("CoreMessages", "Order {0} is {1}: it cannot become {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "An order cannot go back to {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Other tills kept the database busy: try again"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The printer {0} does not answer ({1}): the order is kept, "
        "print it again when the printer is on",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This computer has no printer named {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "This computer has no default printer"),
    QT_TRANSLATE_NOOP("CoreMessages", "The PDF folder {0} cannot be made ({1})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "A thermal printer prints on a till roll: choose 58 or 80 mm"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This cake is not in the cart"),
    QT_TRANSLATE_NOOP("CoreMessages", "No such cake"),
    QT_TRANSLATE_NOOP("CoreMessages", "No such order"),
    QT_TRANSLATE_NOOP("CoreMessages", "No such user"),
    QT_TRANSLATE_NOOP("CoreMessages", "No such customer"),
    QT_TRANSLATE_NOOP("CoreMessages", "No such ingredient"),
    QT_TRANSLATE_NOOP("CoreMessages", "No such production task"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The last active administrator cannot be removed, demoted or locked"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The login {0} is taken"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Your account was changed by an administrator: log out and log in again"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "You cannot delete your own account: another administrator can"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The database already has an administrator: log in as them"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} has more than {1} digits after the decimal point"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} contains an invisible control character (U+{1})"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "No such file: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {0}: {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is not a Cakeshop database"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is damaged: {1}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{0} was made by a newer version of Cakeshop ({1}): update the app first"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no database at {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot back up to {0}: {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot restore into {0}: {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Shop name is required"),
    QT_TRANSLATE_NOOP("CoreMessages", "Shop name must be one line"),
    QT_TRANSLATE_NOOP("CoreMessages", "This shop is already set up: log in"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "A login is 3 to 64 Latin letters, digits, dots, dashes or underscores"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "A password needs at least 6 characters"),
    QT_TRANSLATE_NOOP("CoreMessages", "A password can have at most 128 characters"),
    QT_TRANSLATE_NOOP("CoreMessages", "Full name is required"),
    QT_TRANSLATE_NOOP("CoreMessages", "Phone is required"),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a phone number: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Not an e-mail address: {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "This order is already confirmed: call the shop to cancel"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This database holds a real shop: the demo shop opens only in an empty database",
    ),
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    compiled = []
    for template in TEMPLATES:
        pattern = re.sub(r"\\\{\d\\\}", "(.+?)", re.escape(template))
        compiled.append((re.compile(pattern, re.DOTALL), template))
    return tuple(compiled)


def translate_message(message: str) -> str:
    """The message in the user's language when it has a template, else as it came."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(message)
        if match:
            return QCoreApplication.translate(CONTEXT, template).format(*match.groups())
    return message
