package ch.guichetai.deploy;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.Language;
import ch.guichetai.canton.Role;
import ch.guichetai.keycloak.RealmGenerator.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo accounts of the local stack: in every canton, one account per role, all with the same
 * password and each with its own mobile number (the SMS codes show at http://localhost:8025/sms).
 * Keycloak imports them with the realms; the application's demo data can read the same
 * definitions (e-mail, name, mobile, role, the canton's demo company). Never used in production.
 *
 * <p>E-mails are {@code <role>.<canton>@demo.guichet-ai.ch}: {@code beneficiaire.ge@…},
 * {@code representant.ge@…}, {@code gerant.be@…}, {@code collaborateur.vs@…}, {@code agent.ge@…},
 * {@code admin.ge@…}.
 */
public final class DemoUsers {

    /** Every demo account's password; it satisfies the realms' password policy. */
    public static final String PASSWORD = "Demo-Guichet-2026";

    public static final String EMAIL_DOMAIN = "demo.guichet-ai.ch";

    /** The company that a canton's Gérant and Collaborateur work for. {@code gln}: 13 digits, GS1 check digit. */
    public record Company(String name, String gln) {
    }

    private record Person(String firstName, String lastName) {
    }

    /** Names per canton, in the order of {@link Role}. */
    private static final Map<String, List<Person>> PEOPLE = Map.of(
            "ge", List.of(new Person("Julien", "Rochat"), new Person("Sophie", "Rochat"),
                    new Person("Marc", "Favre"), new Person("Camille", "Dufour"),
                    new Person("Nathalie", "Perrin"), new Person("Olivier", "Dubois")),
            "be", List.of(new Person("Lukas", "Zürcher"), new Person("Regula", "Zürcher"),
                    new Person("Thomas", "Gerber"), new Person("Sandra", "Aebischer"),
                    new Person("Daniel", "Schneider"), new Person("Monika", "Bühler")),
            "vs", List.of(new Person("Yann", "Bonvin"), new Person("Marie", "Bonvin"),
                    new Person("Stéphane", "Fournier"), new Person("Chantal", "Crettenand"),
                    new Person("Pascal", "Zufferey"), new Person("Isabelle", "Rey")));
    /** For a canton added later by configuration. */
    private static final List<Person> PEOPLE_FR = List.of(new Person("Luc", "Girard"), new Person("Anne", "Girard"),
            new Person("Patrick", "Roulin"), new Person("Claire", "Jaquet"), new Person("Michel", "Python"),
            new Person("Valérie", "Chappuis"));
    private static final List<Person> PEOPLE_DE = List.of(new Person("Stefan", "Meier"), new Person("Andrea", "Meier"),
            new Person("Peter", "Keller"), new Person("Claudia", "Frei"), new Person("Martin", "Brunner"),
            new Person("Barbara", "Huber"));

    private static final Map<String, String> COMPANY_NAMES = Map.of(
            "ge", "Orthopédie Romande SA",
            "be", "Orthopädie Aare AG",
            "vs", "Pharmacie du Rhône SA");

    private DemoUsers() {
    }

    /** Canton code to its demo users, one per role in the order of {@link Role}, for every canton of the catalog. */
    public static Map<String, List<User>> byCanton(CantonCatalog catalog) {
        Map<String, List<User>> users = new LinkedHashMap<>();
        int index = 0;
        for (Canton canton : catalog.all()) {
            index++;
            String code = canton.code().value();
            List<Person> people = PEOPLE.getOrDefault(code,
                    canton.defaultLanguage() == Language.DE ? PEOPLE_DE : PEOPLE_FR);
            List<User> cantonUsers = new ArrayList<>();
            for (Role role : Role.values()) {
                Person person = people.get(role.ordinal());
                cantonUsers.add(new User(email(role, code), person.firstName(), person.lastName(),
                        mobile(index, role), PASSWORD, List.of(role)));
            }
            users.put(code, List.copyOf(cantonUsers));
        }
        return users;
    }

    /** Canton code to the demo company of its Gérant and Collaborateur. */
    public static Map<String, Company> companies(CantonCatalog catalog) {
        Map<String, Company> companies = new LinkedHashMap<>();
        int index = 0;
        for (Canton canton : catalog.all()) {
            index++;
            String code = canton.code().value();
            String name = COMPANY_NAMES.getOrDefault(code, canton.defaultLanguage() == Language.DE
                    ? "Hilfsmittelzentrum " + canton.name().in(Language.DE) + " AG"
                    : "Centre de moyens auxiliaires " + canton.name().in(Language.FR) + " SA");
            companies.put(code, new Company(name, withCheckDigit("7609999%05d".formatted(index))));
        }
        return companies;
    }

    /** The demo e-mail of a role in a canton, such as {@code gerant.be@demo.guichet-ai.ch}. */
    public static String email(Role role, String cantonCode) {
        String prefix = switch (role) {
            case BENEFICIARY -> "beneficiaire";
            case LEGAL_REPRESENTATIVE -> "representant";
            case COMPANY_MANAGER -> "gerant";
            case COMPANY_COLLABORATOR -> "collaborateur";
            case OFFICE_AGENT -> "agent";
            case OFFICE_ADMIN -> "admin";
        };
        return prefix + "." + cantonCode + "@" + EMAIL_DOMAIN;
    }

    /** Swiss mobile numbers in E.164, distinct per canton and role: +41 79 5cc 00 rr. */
    private static String mobile(int cantonIndex, Role role) {
        return "+41795%02d00%02d".formatted(cantonIndex, role.ordinal() + 11);
    }

    /** Appends the GS1 check digit to the 12 first digits of a GLN (weights 1 and 3 from the left). */
    static String withCheckDigit(String twelveDigits) {
        if (!twelveDigits.matches("\\d{12}")) {
            throw new IllegalArgumentException("a GLN without check digit has 12 digits: " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelveDigits + (10 - sum % 10) % 10;
    }
}
