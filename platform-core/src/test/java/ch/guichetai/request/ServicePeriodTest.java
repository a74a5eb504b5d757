package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServicePeriodTest {

    @Test
    void aDayIsShownAloneAndAPeriodWithBothEnds() {
        assertThat(ServicePeriod.day(LocalDate.of(2024, 6, 4)).formatted()).isEqualTo("04.06.2024");
        assertThat(new ServicePeriod(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 10)).formatted())
                .isEqualTo("06.06.2022 – 10.06.2022");
    }
}
