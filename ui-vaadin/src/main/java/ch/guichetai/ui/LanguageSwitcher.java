package ch.guichetai.ui;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;

/** FR | DE buttons for cantons with several languages; nothing for the others. */
public class LanguageSwitcher extends Nav {

    public LanguageSwitcher(Canton canton) {
        addClassName("language-switcher");
        setVisible(canton.isMultilingual());
        getElement().setAttribute("aria-label", getTranslation("language.switcher"));
        Language current = UiLanguage.current();
        for (Language language : canton.languages()) {
            Button button = new Button(language.code().toUpperCase(), click -> UiLanguage.switchTo(language));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    language == current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("lang", language.code());
            button.getElement().setAttribute("aria-pressed", String.valueOf(language == current));
            button.setTooltipText(getTranslation("language.name." + language.code()));
            add(button);
        }
    }
}
