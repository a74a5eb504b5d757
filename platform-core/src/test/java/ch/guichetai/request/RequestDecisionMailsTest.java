package ch.guichetai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.account.NewAccount;
import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.Language;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.PublicUrls;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mails of the office's decisions (ADR 0038), as the outbox keeps them: each decision's text
 * in the recipient's language, naming the request, with the office's message or reason and the link
 * to the correction page; written with the decision or not at all; to the member who sent a
 * company's request, or its Gérant once that member has left. Their delivery is the outbox's
 * ({@code MailOutboxTest}, {@code DecisionMailAfterRestartTest}).
 */
@SpringBootTest
class RequestDecisionMailsTest {

    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final Actor GE_AGENT = TestActors.officeAgent("ge");
    private static final Actor BE_AGENT = TestActors.officeAgent("be");

    @Autowired
    Requests requests;
    @Autowired
    RequestDecisions decisions;
    @Autowired
    Accounts accounts;
    @Autowired
    Beneficiaries beneficiaries;
    @Autowired
    CantonCatalog cantons;
    @Autowired
    PublicUrls urls;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @TestBean
    Clock clock;

    static Clock clock() {
        return RequestsTest.clock();
    }

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset(jdbc);
    }

    @ParameterizedTest
    @EnumSource(names = {"FR", "DE"})
    void acceptedGoesToPaymentInAboutTenDays(Language language) {
        Actor person = bernese(language);
        SentRequest sent = seed004(person);

        TenantContext.runAs(BE, () -> decisions.accept(BE_AGENT, sent.id()));

        OutboxRow mail = onlyMail();
        assertThat(mail.recipient()).isEqualTo(person.email());
        if (language == Language.FR) {
            assertThat(mail.subject()).isEqualTo("Demande acceptée : " + sent.reference());
            assertThat(mail.body()).contains(
                    "Votre demande est acceptée et transmise pour paiement à la Centrale de Compensation à Genève.",
                    "Celui-ci peut prendre une dizaine de jours pour être versé sur votre compte bancaire.",
                    "Référence : " + sent.reference(), "Formulaire : Facture pour frais de voyage et nourriture",
                    "Bénéficiaire : Berta Bern", "Date des prestations : 06.06.2022 – 10.06.2022")
                    .endsWith("Meilleures salutations\nOffice AI Canton de Berne");
        } else {
            assertThat(mail.subject()).isEqualTo("Antrag angenommen: " + sent.reference());
            assertThat(mail.body()).contains(
                    "Ihr Antrag wurde angenommen und zur Zahlung an die Zentrale Ausgleichsstelle in Genf weitergeleitet.",
                    "rund zehn Tage", "Referenz: " + sent.reference(), "Formular: Rechnung für Reise- und Verpflegungskosten",
                    "Leistungsbezüger/in: Berta Bern", "06.06.2022 – 10.06.2022")
                    .endsWith("Freundliche Grüsse\nIV-Stelle Kanton Bern");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"FR", "DE"})
    void aCorrectionAskedGivesTheMessageAndTheLinkToTheCorrectionPage(Language language) {
        Actor person = bernese(language);
        SentRequest sent = seed004(person);

        TenantContext.runAs(BE, () -> decisions.askCorrection(BE_AGENT, sent.id(), "Joindre le billet du 6 juin."));

        OutboxRow mail = onlyMail();
        String link = urls.home(cantons.require(BE)) + "guichet/demandes/" + sent.id() + "/correction";
        assertThat(link).startsWith("http").endsWith("/guichet/demandes/" + sent.id() + "/correction").doesNotContain("//guichet");
        assertThat(mail.body()).contains("\n" + link + "\n", "\nJoindre le billet du 6 juin.\n");
        if (language == Language.FR) {
            assertThat(mail.subject()).isEqualTo("Demande à compléter : " + sent.reference());
            assertThat(mail.body()).contains("nécessite des corrections de votre part", "Message :",
                    "Référence : " + sent.reference(), "« Modifier ma demande »").endsWith("Office AI Canton de Berne");
        } else {
            assertThat(mail.subject()).isEqualTo("Antrag zu ergänzen: " + sent.reference());
            assertThat(mail.body()).contains("muss von Ihnen korrigiert werden", "Nachricht:",
                    "Referenz: " + sent.reference()).endsWith("IV-Stelle Kanton Bern");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"FR", "DE"})
    void aRefusalGivesTheReason(Language language) {
        Actor person = bernese(language);
        SentRequest sent = seed004(person);

        TenantContext.runAs(BE, () -> decisions.refuse(BE_AGENT, sent.id(), "Facture déjà remboursée."));

        OutboxRow mail = onlyMail();
        assertThat(mail.body()).contains("\nFacture déjà remboursée.\n");
        if (language == Language.FR) {
            assertThat(mail.subject()).isEqualTo("Demande refusée : " + sent.reference());
            assertThat(mail.body()).contains("Votre demande est refusée.", "Motif :", "Bénéficiaire : Berta Bern");
        } else {
            assertThat(mail.subject()).isEqualTo("Antrag abgelehnt: " + sent.reference());
            assertThat(mail.body()).contains("Ihr Antrag wurde abgelehnt.", "Begründung:", "Leistungsbezüger/in: Berta Bern");
        }
    }

    @Test
    void aCompanysRequestTellsTheMemberWhoSentItAndItsGerantOnceThatMemberHasLeft() {
        long company = TestCompanies.approved(jdbc, "ge");
        Actor manager = verified(GE, TestAccounts.member(company, Account.CompanyRole.MANAGER, "Gérard", "Léman"),
                TestBankAccounts.IBAN);
        Actor collaborator = verified(GE, NewAccount.companyMember(UUID.randomUUID().toString(),
                TestAccounts.person("Colette", "Léman"), Language.DE, company, Account.CompanyRole.COLLABORATOR), null);
        long beneficiary = as(GE, () -> beneficiaries.create(manager, withIban(TestBeneficiaries.form("Dupont", "Pierre", 1))))
                .id();
        SentRequest first = send(GE, collaborator, Optional.of(beneficiary), "325 2025 1000896");
        SentRequest second = send(GE, collaborator, Optional.of(beneficiary), "325 2025 1000896");

        TenantContext.runAs(GE, () -> decisions.refuse(GE_AGENT, first.id(), "Doublon"));
        assertThat(onlyMail().recipient()).as("the member who sent it").isEqualTo(collaborator.email());
        assertThat(onlyMail().subject()).as("in the member's language").startsWith("Antrag abgelehnt: ");
        assertThat(onlyMail().body()).contains("Leistungsbezüger/in: Pierre Dupont");

        jdbc.update("delete from outbox_mail");
        TenantContext.runAs(GE, () -> transactions.executeWithoutResult(status -> accounts.removeFromCompany(
                accounts.byId(manager.accountId().orElseThrow()).orElseThrow(),
                accounts.byId(collaborator.accountId().orElseThrow()).orElseThrow())));
        TenantContext.runAs(GE, () -> decisions.accept(GE_AGENT, second.id()));
        assertThat(onlyMail().recipient()).as("the Gérant, once the member has left").isEqualTo(manager.email());
        assertThat(onlyMail().subject()).as("in the Gérant's language").isEqualTo("Demande acceptée : " + second.reference());
    }

    @Test
    void aDecisionRolledBackWritesNoMail() {
        SentRequest sent = seed004(bernese(Language.FR));

        TenantContext.runAs(BE, () -> transactions.executeWithoutResult(status -> {
            decisions.askCorrection(BE_AGENT, sent.id(), "Joindre le billet.");
            assertThat(mails()).as("written in the decision's transaction").hasSize(1);
            status.setRollbackOnly();
        }));

        assertThat(mails()).isEmpty();
        assertThat(as(BE, () -> requests.byId(BE_AGENT, sent.id())).orElseThrow().status()).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void theOwnersCorrectionAndAStrangersAttemptWriteNoMail() {
        Actor person = bernese(Language.FR);
        SentRequest sent = seed004(person);

        assertThatThrownBy(() -> TenantContext.runAs(BE, () -> decisions.accept(TestActors.officeAgent("ge"), sent.id())))
                .as("an agent of Geneva on a request of Bern").isInstanceOf(UnknownRequestException.class);
        assertThat(mails()).isEmpty();

        TenantContext.runAs(BE, () -> decisions.askCorrection(BE_AGENT, sent.id(), "Joindre le billet."));
        TenantContext.runAs(BE, () -> decisions.correctionSent(person, sent.id()));

        assertThat(mails()).as("the correction asked only").extracting(OutboxRow::subject)
                .containsExactly("Demande à compléter : " + sent.reference());
    }

    /** A person of Bern who speaks {@code language}, with a request of seed 004 sent. */
    private Actor bernese(Language language) {
        return verified(BE, NewAccount.individual(UUID.randomUUID().toString(), TestAccounts.person("Berta", "Bern"),
                language, false, Optional.of(new Account.BeneficiaryIdentity(java.time.LocalDate.of(1972, 9, 1),
                        ch.guichetai.primitives.AvsNumber.of(TestAccounts.AVS), false))), TestBankAccounts.IBAN);
    }

    private SentRequest seed004(Actor person) {
        return send(BE, person, Optional.empty(), "302 2025 1000001");
    }

    private SentRequest send(CantonCode canton, Actor actor, Optional<Long> beneficiary, String decision) {
        RequestHeader header = new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN), DecisionNumber.of(decision),
                null, false, null);
        return as(canton, () -> requests.send(actor, new NewRequest(UUID.randomUUID(), header, PricingTest.seed004(),
                List.of())));
    }

    private Actor verified(CantonCode canton, NewAccount account, String iban) {
        return TestActors.actor(as(canton, () -> accounts.create(account.withEmailVerified(),
                iban == null ? null : TestBankAccounts.draft(iban, "Titulaire"))));
    }

    private static ch.guichetai.beneficiary.BeneficiaryForm withIban(ch.guichetai.beneficiary.BeneficiaryForm form) {
        form.setIban(TestBankAccounts.IBAN);
        form.setAccountHolder("Pierre Dupont");
        return form;
    }

    private OutboxRow onlyMail() {
        List<OutboxRow> mails = mails();
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private List<OutboxRow> mails() {
        return jdbc.query("select recipient, subject, body from outbox_mail order by id",
                (row, number) -> new OutboxRow(row.getString(1), row.getString(2), row.getString(3)));
    }

    private record OutboxRow(String recipient, String subject, String body) {
    }

    private static <T> T as(CantonCode canton, Supplier<T> work) {
        return TenantContext.callAs(canton, work);
    }
}
