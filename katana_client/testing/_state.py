"""The fake's memory: the core Katana resources, with Katana's nesting.

Stored records are flat; nested lists are joined when a record is read, as Katana does:
a product lists its variants, a sales order its rows. Creating a product with
`variants` creates those variants (they get ids and `product_id`), creating a sales
order creates its rows, deleting either deletes what it owns. References a create names
(`customer_id`, `variant_id`, `sales_order_id`, ...) must exist, else `MissingReference`,
which the app answers with Katana's 422.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import itertools
import threading
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, Final

from katana_client._errors import MissingReference

__all__ = ["COLLECTIONS", "FakeState"]

#: The resources the fake keeps; every other operation answers with its spec example.
COLLECTIONS: Final = (
    "products",
    "variants",
    "materials",
    "customers",
    "sales_orders",
    "sales_order_rows",
    "manufacturing_orders",
    "inventory",
)

# What a create must point at: collection -> [(body field, collection it refers to)].
_REFERENCES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "variants": (("product_id", "products"), ("material_id", "materials")),
    "sales_orders": (("customer_id", "customers"),),
    "sales_order_rows": (("sales_order_id", "sales_orders"), ("variant_id", "variants")),
    "manufacturing_orders": (("variant_id", "variants"),),
}
# Nested lists a create body may carry: parent -> (body key, child collection, link).
_CHILDREN: Final[dict[str, tuple[str, str, str]]] = {
    "products": ("variants", "variants", "product_id"),
    "materials": ("variants", "variants", "material_id"),
    "sales_orders": ("sales_order_rows", "sales_order_rows", "sales_order_id"),
}

# The fields a record's view has beyond what is stored: its nested list, and a sales
# order's total.
_JOINED: Final[dict[str, tuple[str, ...]]] = {
    parent: (key, "total") if parent == "sales_orders" else (key,)
    for parent, (key, _, _) in _CHILDREN.items()
}


def _timestamp(now: datetime.datetime) -> str:
    return now.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakeState:
    """Records of the core resources, by collection and id. Thread-safe.

    Args:
        now: Current time; replace it for deterministic `created_at`/`updated_at`.
    """

    def __init__(self, now: Callable[[], datetime.datetime] | None = None) -> None:
        """Start empty; `seed()` adds a small catalogue."""
        self._now = now or (lambda: datetime.datetime.now(datetime.UTC))
        self._lock = threading.RLock()
        # Ids only grow and records are appended, so each dict's order is id order: a
        # page is a slice of it, read without copying the collection.
        self._records: dict[str, dict[int, dict[str, Any]]] = {c: {} for c in COLLECTIONS}
        self._next_id: dict[str, int] = dict.fromkeys(COLLECTIONS, 1)
        # parent collection -> parent id -> ids of the child records linking to it, so
        # joining a record's nested list costs its children, not the child collection.
        self._owned: dict[str, dict[Any, set[int]]] = {parent: {} for parent in _CHILDREN}

    # -- reading ----------------------------------------------------------------------

    def get(self, collection: str, record_id: int) -> dict[str, Any] | None:
        """The record as Katana would return it (nested lists joined), or None."""
        with self._lock:
            record = self._records[collection].get(record_id)
            return None if record is None else self._view(collection, record)

    def all(self, collection: str) -> list[dict[str, Any]]:
        """Every record of `collection`, oldest first, as Katana would return them."""
        with self._lock:
            return [self._view(collection, r) for r in self._records[collection].values()]

    def count(self, collection: str) -> int:
        """How many records `collection` holds."""
        with self._lock:
            return len(self._records[collection])

    def page(
        self,
        collection: str,
        start: int,
        stop: int,
        where: Callable[[Mapping[str, Any]], bool] | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Records `start:stop` (oldest first) of those `where` accepts, as Katana would
        return them, and how many `where` accepts in all.

        `where` sees each record as Katana returns it (nested lists, a sales order's
        total) without the record being copied; only the page's records are copied,
        so a page costs its records plus one pass of `where` over the collection.
        """
        with self._lock:
            records = self._records[collection]
            if where is None:
                chosen = list(itertools.islice(records.values(), start, max(start, stop)))
                return len(records), [self._view(collection, r) for r in chosen]
            total, chosen = 0, []
            for record in records.values():
                if where(_LazyView(self, collection, record)):
                    if start <= total < stop:
                        chosen.append(record)
                    total += 1
            return total, [self._view(collection, r) for r in chosen]

    def __iter__(self) -> Iterator[str]:
        return iter(COLLECTIONS)

    def _view(self, collection: str, record: Mapping[str, Any]) -> dict[str, Any]:
        view = copy.deepcopy(dict(record))
        child = _CHILDREN.get(collection)
        if child is not None:
            view[child[0]] = [copy.deepcopy(r) for r in self._children(collection, record)]
        if collection == "sales_orders":
            view["total"] = _total(view["sales_order_rows"])
        return view

    def _children(self, collection: str, record: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The records nested in `record`, oldest first (not copied)."""
        _, child_collection, _ = _CHILDREN[collection]
        try:
            owned = self._owned[collection].get(record["id"], ())
        except TypeError:  # an unhashable id (set by an update) owns nothing
            return []
        children = self._records[child_collection]
        return [children[i] for i in sorted(owned)]

    def _link(
        self, collection: str, record_id: int, record: Mapping[str, Any], *, add: bool = True
    ) -> None:
        """Enter a child record under the parents it links to (see `_owned`), or with
        `add=False` take it out."""
        for parent, (_, child_collection, link) in _CHILDREN.items():
            value = record.get(link)
            if child_collection != collection or value is None:
                continue
            # An unhashable link equals no parent id: the record is joined nowhere.
            with contextlib.suppress(TypeError):
                owned = self._owned[parent].setdefault(value, set())
                if add:
                    owned.add(record_id)
                else:
                    owned.discard(record_id)

    # -- writing ----------------------------------------------------------------------

    def create(self, collection: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """Store a record made from a create body; returns it as Katana would.

        Raises:
            MissingReference: The body names a record that does not exist.
        """
        with self._lock:
            self._check_references(collection, body, "")
            if collection not in _CHILDREN:
                return self._view(collection, self._insert(collection, body))
            key, child_collection, link = _CHILDREN[collection]
            items = body.get(key) or ()
            for index, item in enumerate(items):
                fields = [f for f, _ in _REFERENCES.get(child_collection, ()) if f != link]
                self._check_references(
                    child_collection, {f: item.get(f) for f in fields}, f".{key}[{index}]"
                )
            record = self._insert(collection, {k: v for k, v in body.items() if k != key})
            for item in items:
                self._insert(child_collection, {**item, link: record["id"]}, parent=collection)
            return self._view(collection, record)

    def update(
        self, collection: str, record_id: int, body: Mapping[str, Any]
    ) -> dict[str, Any] | None:
        """Merge `body` into a record; returns it as Katana would, or None if absent.

        Raises:
            MissingReference: The body names a record that does not exist.
        """
        with self._lock:
            record = self._records[collection].get(record_id)
            if record is None:
                return None
            self._check_references(collection, body, "")
            self._link(collection, record_id, record, add=False)
            record.update(body)
            self._link(collection, record_id, record)
            self._derive(collection, record)
            record["updated_at"] = _timestamp(self._now())
            return self._view(collection, record)

    def delete(self, collection: str, record_id: int) -> bool:
        """Remove a record and what it owns (a product's variants, an order's rows)."""
        with self._lock:
            record = self._records[collection].pop(record_id, None)
            if record is None:
                return False
            self._link(collection, record_id, record, add=False)
            if collection in _CHILDREN:
                child_collection = _CHILDREN[collection][1]
                for child_id in sorted(self._owned[collection].pop(record_id, ())):
                    owned = self._records[child_collection].pop(child_id, None)
                    if owned is not None:
                        self._link(child_collection, child_id, owned, add=False)
            return True

    def set_inventory(self, variant_id: int, location_id: int = 1, **fields: Any) -> dict[str, Any]:
        """Create or update the inventory record of a variant at a location.

        Example: `fake.state.set_inventory(3, quantity_in_stock="12.5")`.
        """
        with self._lock:
            for record in self._records["inventory"].values():
                if record["variant_id"] == variant_id and record["location_id"] == location_id:
                    record.update(fields)
                    return copy.deepcopy(record)
            record = self._insert(
                "inventory", {"variant_id": variant_id, "location_id": location_id, **fields}
            )
            return copy.deepcopy(record)

    def clear(self) -> None:
        """Forget every record; ids start again at 1."""
        with self._lock:
            for collection in COLLECTIONS:
                self._records[collection].clear()
                self._next_id[collection] = 1
            for owned in self._owned.values():
                owned.clear()

    def _check_references(self, collection: str, body: Mapping[str, Any], prefix: str) -> None:
        for name, target in _REFERENCES.get(collection, ()):
            value = body.get(name)
            if value is None:
                continue
            if int(value) not in self._records[target]:
                singular = target.rstrip("s").replace("_", " ")
                raise MissingReference(f"{prefix}.{name}", f"{singular} {value} not found")

    def _insert(
        self, collection: str, fields: Mapping[str, Any], parent: str | None = None
    ) -> dict[str, Any]:
        record_id = self._next_id[collection]
        self._next_id[collection] = record_id + 1
        stamp = _timestamp(self._now())
        record: dict[str, Any] = {"id": record_id, **copy.deepcopy(dict(fields))}
        record.setdefault("created_at", stamp)
        record.setdefault("updated_at", stamp)
        if collection != "inventory":
            record.setdefault("deleted_at", None)
        self._defaults(collection, record, parent)
        self._derive(collection, record)
        self._records[collection][record_id] = record
        self._link(collection, record_id, record)
        return record

    @staticmethod
    def _defaults(collection: str, record: dict[str, Any], parent: str | None) -> None:
        number = record["id"]
        if collection in {"products", "materials"}:
            record.setdefault("type", collection.rstrip("s"))
            record.setdefault("uom", "pcs")
            record.setdefault("archived_at", None)
        elif collection == "variants":
            kind = "material" if record.get("material_id") else "product"
            record.setdefault("type", kind if parent != "materials" else "material")
            record.setdefault("sku", f"SKU-{number}")
        elif collection == "sales_orders":
            record.setdefault("order_no", f"SO-{number}")
            record.setdefault("status", "NOT_SHIPPED")
            record.setdefault("currency", "USD")
            record.setdefault("location_id", 1)
            record.setdefault("order_created_date", record["created_at"])
        elif collection == "sales_order_rows":
            record.setdefault("price_per_unit", 0)
            record.setdefault("location_id", 1)
        elif collection == "manufacturing_orders":
            record.setdefault("order_no", f"MO-{number}")
            record.setdefault("status", "NOT_STARTED")
            record.setdefault("order_created_date", record["created_at"])

    @staticmethod
    def _derive(collection: str, record: dict[str, Any]) -> None:
        if collection == "sales_order_rows":
            total = _decimal(record.get("quantity")) * _decimal(record.get("price_per_unit"))
            record["total"] = total - _decimal(record.get("total_discount"))

    # -- seeding ----------------------------------------------------------------------

    def seed(self) -> None:
        """Add a small catalogue: 2 customers, 3 products and 2 materials (one variant
        each, with inventory at location 1), a sales order and a manufacturing order.

        Every core collection then has a record with id 1, which is what the spec's
        path examples and most tests point at.
        """
        for name in ("Luke Skywalker", "Leia Organa"):
            first, last = name.split()
            self.create(
                "customers",
                {
                    "name": name,
                    "first_name": first,
                    "last_name": last,
                    "email": f"{first.lower()}@example.com",
                    "currency": "USD",
                },
            )
        self.add_products(3)
        for index, name in enumerate(("Kyber crystal", "Durasteel sheet"), start=1):
            self.create(
                "materials",
                {
                    "name": name,
                    "variants": [{"sku": f"MAT-{index}", "purchase_price": Decimal("12.50")}],
                },
            )
        for variant_id in range(1, self.count("variants") + 1):
            self.set_inventory(
                variant_id,
                1,
                quantity_in_stock=Decimal("10"),
                quantity_committed=0,
                quantity_expected=0,
            )
        self.create(
            "sales_orders",
            {
                "customer_id": 1,
                "order_no": "SO-1",
                "sales_order_rows": [
                    {"variant_id": 1, "quantity": 2, "price_per_unit": Decimal("49.99")}
                ],
            },
        )
        self.create(
            "manufacturing_orders", {"variant_id": 1, "planned_quantity": 5, "location_id": 1}
        )

    def add_products(self, count: int, *, prefix: str = "Lightsaber") -> list[dict[str, Any]]:
        """Add `count` products, each with one sellable variant; for pagination tests."""
        first = self.count("products") + 1
        return [
            self.create(
                "products",
                {
                    "name": f"{prefix} {n}",
                    "is_sellable": True,
                    "is_producible": True,
                    "uom": "pcs",
                    "category_name": "lightsabers",
                    "variants": [{"sku": f"LS-{n:04d}", "sales_price": Decimal("49.99")}],
                },
            )
            for n in range(first, first + count)
        ]


class _LazyView(Mapping[str, Any]):
    """A record as Katana returns it, for a filter to read: the stored fields as they
    are, and the joined ones (nested lists, a sales order's total) made when asked for."""

    __slots__ = ("_collection", "_record", "_state")

    def __init__(self, state: FakeState, collection: str, record: Mapping[str, Any]) -> None:
        self._state = state
        self._collection = collection
        self._record = record

    def __getitem__(self, key: str) -> Any:
        if key not in _JOINED.get(self._collection, ()):
            return self._record[key]
        if key == "total":
            return _total(self._state._children(self._collection, self._record))
        return self._state._children(self._collection, self._record)

    def __contains__(self, key: object) -> bool:
        return key in self._record or key in _JOINED.get(self._collection, ())

    def __iter__(self) -> Iterator[str]:
        joined = _JOINED.get(self._collection, ())
        return iter({**dict.fromkeys(self._record), **dict.fromkeys(joined)})

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _total(rows: list[dict[str, Any]]) -> Decimal:
    return sum((_decimal(r.get("total")) for r in rows), Decimal(0))


def _decimal(value: Any) -> Decimal:
    if value is None or isinstance(value, bool):
        return Decimal(0)
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return Decimal(0)
