"""The facilitator's board: a live view of a workshop (``roleplay board``)."""
