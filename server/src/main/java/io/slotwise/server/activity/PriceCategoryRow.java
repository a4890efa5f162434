package io.slotwise.server.activity;

import io.slotwise.common.api.PriceCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A ticket category as stored with its activity. */
@Embeddable
class PriceCategoryRow {

    @Column(name = "code")
    private String code;
    @Column(name = "name")
    private String name;
    @Column(name = "price")
    private long price;

    protected PriceCategoryRow() {
    }

    PriceCategoryRow(PriceCategory category) {
        this.code = category.code();
        this.name = category.name();
        this.price = category.price();
    }

    PriceCategory view() {
        return new PriceCategory(code, name, price);
    }
}
