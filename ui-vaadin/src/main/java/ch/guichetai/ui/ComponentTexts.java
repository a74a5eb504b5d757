package ch.guichetai.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import ch.guichetai.primitives.Formats;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's own component texts in the user's language: the date picker (month and day names of
 * the language, weeks from Monday, dd.MM.yyyy, "Aujourd'hui"/"Heute") and the upload ("Ajouter un
 * fichier…", sizes in octets/Bytes). Vaadin ships them in English only; every field of ours that
 * has such texts takes them from here.
 */
public final class ComponentTexts {

    /** Swiss dates, as typed: 01.09.1972, 1.9.1972 or 01091972. */

    private ComponentTexts() {
    }

    public static DatePicker.DatePickerI18n datePicker() {
        Locale locale = UiLanguage.current().locale();
        // DatePickerI18n wants the week days from Sunday, whatever the first day shown.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setDateFormats(Formats.DATE_PATTERN, "d.M.yyyy", "ddMMyyyy")
                .setFirstDayOfWeek(1)
                .setMonthNames(Arrays.stream(Month.values()).map(month -> capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> capitalized(day.getDisplayName(TextStyle.FULL, locale), locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(day -> capitalized(day.getDisplayName(TextStyle.SHORT, locale), locale)).toList())
                .setToday(translate("vaadin.date-picker.today"))
                .setCancel(translate("vaadin.date-picker.cancel"))
                .setBadInputErrorMessage(translate("vaadin.date-picker.bad-input"));
    }

    public static UploadI18N upload() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(translate("vaadin.upload.drop.one"))
                        .setMany(translate("vaadin.upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(translate("vaadin.upload.add.one"))
                        .setMany(translate("vaadin.upload.add.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(translate("vaadin.upload.error.too-many"))
                        .setFileIsTooBig(translate("vaadin.upload.error.too-big"))
                        .setIncorrectFileType(translate("vaadin.upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(translate("vaadin.upload.status.connecting"))
                                .setStalled(translate("vaadin.upload.status.stalled"))
                                .setProcessing(translate("vaadin.upload.status.processing"))
                                .setHeld(translate("vaadin.upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(translate("vaadin.upload.remaining.prefix"))
                                .setUnknown(translate("vaadin.upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(translate("vaadin.upload.failed.unavailable"))
                                .setUnexpectedServerError(translate("vaadin.upload.failed.unexpected"))
                                .setForbidden(translate("vaadin.upload.failed.forbidden"))
                                .setFileTooLarge(translate("vaadin.upload.error.too-big"))))
                .setFile(new UploadI18N.File().setRetry(translate("vaadin.upload.file.retry"))
                        .setStart(translate("vaadin.upload.file.start"))
                        .setRemove(translate("vaadin.upload.file.remove")))
                .setUnits(List.of(translate("vaadin.upload.units").split(",")));
    }

    private static String capitalized(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
