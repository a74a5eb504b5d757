package ch.guichetai.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's queue filters by company: the approved companies of the canton whose name contains
 * the text, for its office staff only.
 */
@SpringBootTest
class ApprovedCompaniesByNameTest {

    private static final CantonCode GE = new CantonCode("ge");

    @Autowired
    Companies companies;
    @Autowired
    JdbcTemplate jdbc;

    private long approvedGe;

    @BeforeEach
    void companiesOfGenevaAndBern() {
        TestDatabase.reset(jdbc);
        approvedGe = TestCompanies.approved(jdbc, "ge");
        TestCompanies.approved(jdbc, "be");
        long pending = TestCompanies.approved(jdbc, "ge");
        jdbc.update("update company set status = 'PENDING', name = 'Orthopédie en attente SA' where id = ?", pending);
    }

    @Test
    void theOfficeFindsTheCantonsApprovedCompaniesByPartOfTheirName() {
        for (Actor office : List.of(TestActors.officeAgent("ge"), TestActors.officeAdmin("ge"))) {
            assertThat(as(() -> companies.approvedNamed(office, "léman", new Rows(0, 20))))
                    .extracting(Company::id).containsExactly(approvedGe);
            assertThat(as(() -> companies.approvedNamed(office, "", new Rows(0, 20))))
                    .extracting(Company::id).containsExactly(approvedGe);
            assertThat(as(() -> companies.approvedNamed(office, "attente", new Rows(0, 20)))).isEmpty();
        }
    }

    @Test
    void nobodyElseSearchesThem() {
        for (Actor stranger : List.of(TestActors.officeAgent("be"), TestActors.memberOf("ge", approvedGe),
                TestActors.individual("ge", 1))) {
            assertThatThrownBy(() -> as(() -> companies.approvedNamed(stranger, "", new Rows(0, 20))))
                    .isInstanceOf(Actor.NotAllowedException.class);
        }
    }

    private static <T> T as(Supplier<T> work) {
        return TenantContext.callAs(GE, work);
    }
}
