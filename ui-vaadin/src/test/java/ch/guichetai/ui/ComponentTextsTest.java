package ch.guichetai.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Vaadin's own texts speak the user's language: Geneva in French, Bern in German (by default). */
@SpringBootTest
class ComponentTextsTest extends SpringBrowserlessTest {

    @Test
    @InCanton("ge")
    void theDatePickerSpeaksFrenchStartsOnMondayAndReadsSwissDates() {
        DatePicker.DatePickerI18n texts = FormFields.pastDate("registration.password").getI18n();

        assertThat(texts.getMonthNames()).startsWith("Janvier", "Février").endsWith("Décembre");
        assertThat(texts.getWeekdays()).startsWith("Dimanche", "Lundi");
        assertThat(texts.getWeekdaysShort()).startsWith("Dim.", "Lun.");
        assertThat(texts.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(texts.getToday()).isEqualTo("Aujourd’hui");
        assertThat(texts.getCancel()).isEqualTo("Annuler");
        assertThat(texts.getDateFormats()).startsWith("dd.MM.yyyy");
    }

    @Test
    @InCanton("be")
    void inBernItSpeaksGerman() {
        DatePicker.DatePickerI18n texts = FormFields.pastDate("registration.password").getI18n();
        UploadI18N upload = ComponentTexts.upload();

        assertThat(texts.getMonthNames()).startsWith("Januar", "Februar", "März");
        assertThat(texts.getWeekdays()).contains("Montag");
        assertThat(texts.getToday()).isEqualTo("Heute");
        assertThat(upload.getAddFiles().getOne()).isEqualTo("Datei hinzufügen…");
        assertThat(upload.getDropFiles().getOne()).isEqualTo("Datei hier ablegen");
    }

    @Test
    @InCanton("ge")
    void theUploadSpeaksFrench() {
        UploadI18N upload = ComponentTexts.upload();

        assertThat(upload.getAddFiles().getOne()).isEqualTo("Ajouter un fichier…");
        assertThat(upload.getDropFiles().getOne()).isEqualTo("Déposez le fichier ici");
        assertThat(upload.getError().getFileIsTooBig()).isEqualTo("Le fichier est trop volumineux.");
        assertThat(upload.getUnits().getSize()).startsWith("o", "ko", "Mo");
    }
}
