package io.slotwise.server.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import io.slotwise.common.api.TicketCount;
import io.slotwise.server.activity.Selling;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoldPriceTest {

    @ParameterizedTest
    @CsvSource({
            "2500, 1, 2500",
            "2500, 4, 10000",
            "1999, 3, 5997",
            "0, 6, 0",
            "1, 1000, 1000",
            "9223372036854775807, 1, 9223372036854775807"
    })
    void perPersonTimesTheParty(long perPerson, int party, long total) {
        assertThat(HoldPrice.perPerson(perPerson, party)).isEqualTo(total);
    }

    @ParameterizedTest
    @CsvSource({"-1, 2", "2500, 0", "2500, -3"})
    void neitherANegativePriceNorAnEmptyParty(long perPerson, int party) {
        assertThatThrownBy(() -> HoldPrice.perPerson(perPerson, party)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void anAmountTooLargeToCarryIsRefusedRatherThanWrapped() {
        assertThatThrownBy(() -> HoldPrice.perPerson(Long.MAX_VALUE / 2 + 1, 2)).isInstanceOf(ArithmeticException.class);
    }

    // ------------------------------------------------------------ categories and group prices

    private static final List<PriceCategory> FAMILY = List.of(new PriceCategory("adult", "Adult", 1500L),
            new PriceCategory("child", "Child", 900L), new PriceCategory("student", "Student", 1150L));

    private static Selling shared(List<PriceCategory> categories) {
        return new Selling(BookingMode.SHARED, categories, List.of(), List.of(), 0, null);
    }

    private static Selling privateRoom(List<GroupPrice> groups) {
        return new Selling(BookingMode.PRIVATE, List.of(), groups, List.of(), 0, null);
    }

    @Test
    void everySplitOfAPartyIntoCategoriesCostsTheSumOfItsTickets() {
        int cases = 0;
        for (int party = 1; party <= 6; party++) {
            for (int adults = 0; adults <= party; adults++) {
                for (int children = 0; adults + children <= party; children++) {
                    int students = party - adults - children;
                    List<TicketCount> tickets = List.of(new TicketCount("adult", adults), new TicketCount("CHILD", children),
                            new TicketCount(" student ", students));
                    HoldPrice.Priced priced = HoldPrice.of(shared(FAMILY), 2000, party, tickets);
                    assertThat(priced.amount()).isEqualTo(adults * 1500L + children * 900L + students * 1150L);
                    assertThat(priced.tickets()).as("codes normalized, empty categories left out")
                            .allSatisfy(t -> assertThat(t.count()).isPositive())
                            .extracting(TicketCount::category).isSubsetOf("adult", "child", "student");
                    assertThat(priced.tickets().stream().mapToInt(TicketCount::count).sum()).isEqualTo(party);
                    cases++;
                }
            }
        }
        assertThat(cases).isEqualTo(83);
    }

    @Test
    void withoutTicketsEveryonePaysThePricePerPerson() {
        assertThat(HoldPrice.of(shared(FAMILY), 2000, 3, null)).isEqualTo(new HoldPrice.Priced(6000, null));
        assertThat(HoldPrice.of(shared(List.of()), 2000, 3, List.of())).isEqualTo(new HoldPrice.Priced(6000, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tickets for fewer people than the party | adult:1,child:1 | tickets",
            "more tickets of one category than the party | adult:4,child:0 | tickets[0].count",
            "a category the activity does not sell | adult:2,senior:1 | tickets[1].category",
            "a category named twice | adult:2,adult:1 | tickets[1].category",
            "a negative count | adult:3,child:-1 | tickets[1].count"
    })
    void ticketsThatDoNotDescribeTheWholePartyAreRefusedNamingTheField(String what, String tickets, String field) {
        List<TicketCount> asked = java.util.Arrays.stream(tickets.split(","))
                .map(t -> new TicketCount(t.split(":")[0], Integer.parseInt(t.split(":")[1]))).toList();
        assertThatThrownBy(() -> HoldPrice.of(shared(FAMILY), 2000, 3, asked))
                .isInstanceOfSatisfying(HoldPrice.Refused.class, r -> assertThat(r.field()).isEqualTo(field));
    }

    @Test
    void ticketsForAnActivityWithOnePriceOrAPrivateRoomAreRefused() {
        List<TicketCount> tickets = List.of(new TicketCount("adult", 2));
        assertThatThrownBy(() -> HoldPrice.of(shared(List.of()), 2000, 2, tickets)).isInstanceOf(HoldPrice.Refused.class);
        assertThatThrownBy(() -> HoldPrice.of(privateRoom(List.of()), 2000, 2, tickets)).isInstanceOf(HoldPrice.Refused.class);
    }

    @Test
    void aPrivateRoomCostsTheGroupPriceOfThePartysSizeOrThePricePerPersonWithoutOne() {
        List<GroupPrice> groups = List.of(new GroupPrice(2, 6000L), new GroupPrice(3, 7500L), new GroupPrice(4, 8800L),
                new GroupPrice(5, 10000L), new GroupPrice(6, 11400L));
        for (GroupPrice g : groups) {
            assertThat(HoldPrice.of(privateRoom(groups), 3000, g.partySize(), null).amount()).isEqualTo(g.price());
        }
        for (int party = 1; party <= 6; party++) {
            assertThat(HoldPrice.of(privateRoom(List.of()), 3000, party, null).amount()).isEqualTo(3000L * party);
        }
    }

    @ParameterizedTest(name = "{0}: {1} per adult, {2} per child")
    @CsvSource({
            // yen: no minor digits, so 1500 is ¥1,500, charged as is
            "JPY, 1500, 800, 3800",
            // Bahraini dinar: three minor digits, 12.345 BHD is 12345
            "BHD, 12345, 6789, 31479",
            "EUR, 1999, 999, 4997"
    })
    void amountsAreWholeMinorUnitsWhateverTheCurrencysDigits(String currency, long adult, long child, long total) {
        Selling selling = shared(List.of(new PriceCategory("adult", "Adult", adult), new PriceCategory("child", "Child", child)));
        assertThat(java.util.Currency.getInstance(currency)).isNotNull();
        assertThat(HoldPrice.of(selling, adult, 3, List.of(new TicketCount("adult", 2), new TicketCount("child", 1))).amount())
                .isEqualTo(total);
    }

    @Test
    void aTotalTooLargeToCarryIsRefusedRatherThanWrapped() {
        Selling selling = shared(List.of(new PriceCategory("vip", "VIP", Long.MAX_VALUE / 2 + 1), new PriceCategory("adult", "Adult", 1L)));
        assertThatThrownBy(() -> HoldPrice.of(selling, 1, 3, List.of(new TicketCount("vip", 2), new TicketCount("adult", 1))))
                .isInstanceOf(ArithmeticException.class);
    }
}
