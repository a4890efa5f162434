package io.slotwise.server.activity;

import io.slotwise.common.api.GroupPrice;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A private activity's price for one party size, as stored with it. */
@Embeddable
class GroupPriceRow {

    @Column(name = "party_size")
    private int partySize;
    @Column(name = "price")
    private long price;

    protected GroupPriceRow() {
    }

    GroupPriceRow(GroupPrice price) {
        this.partySize = price.partySize();
        this.price = price.price();
    }

    GroupPrice view() {
        return new GroupPrice(partySize, price);
    }
}
