<#-- Change of the mobile number (required action update_mobile): the new number, then the code sent to it. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<@layout.registrationLayout displayMessage=true; section>
    <#if section="header">
        ${msg("guichetMobileTitle")}
    <#elseif section="form">
        <#if step == "number">
            <p id="guichet-mobile-instruction">${msg("guichetMobileInstruction")}</p>
            <#if currentMobileHint?has_content>
                <p id="guichet-mobile-current" class="${properties.kcFormHelperTextClass!}">${msg("guichetMobileCurrent", currentMobileHint)}</p>
            </#if>
            <form id="guichet-mobile-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <div class="${properties.kcFormGroupClass!}">
                    <label for="mobile" class="${properties.kcLabelClass!}">${msg("guichetMobileNew")}</label>
                    <input id="mobile" name="mobile" type="tel" autocomplete="tel" autofocus value="${typedMobile}"
                           class="${properties.kcInputClass!}" placeholder="079 123 45 67"/>
                    <p class="${properties.kcFormHelperTextClass!}">${msg("guichetMobileHelp")}</p>
                </div>
                <div class="${properties.kcFormGroupClass!}">
                    <button id="guichet-mobile-submit" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
                            type="submit">${msg("guichetMobileSendCode")}</button>
                </div>
            </form>
        <#else>
            <p id="guichet-sms-instruction">${msg("guichetMobileCodeInstruction")}</p>
            <p id="guichet-sms-sent-to" class="${properties.kcFormHelperTextClass!}">${msg("guichetSmsSentTo", mobileHint, validityMinutes)}</p>
            <form id="guichet-sms-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <@field.input name="code" label=msg("guichetSmsCode") autocomplete="one-time-code" autofocus=true />
                <div class="${properties.kcFormGroupClass!}">
                    <button id="guichet-sms-submit" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
                            type="submit" name="confirm">${msg("guichetMobileConfirm")}</button>
                </div>
            </form>
            <form id="guichet-sms-resend-form" action="${url.loginAction}" method="post">
                <button id="guichet-sms-resend" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
                        type="submit" name="resend" value="true" <#if resendAfterSeconds gt 0>disabled</#if>
                        data-wait-seconds="${resendAfterSeconds?c}">${msg("guichetSmsResend")}</button>
            </form>
            <script>
                <#outputformat "JavaScript">
                (function () {
                    var button = document.getElementById("guichet-sms-resend");
                    var wait = parseInt(button.getAttribute("data-wait-seconds"), 10) || 0;
                    if (wait > 0) {
                        setTimeout(function () { button.disabled = false; }, wait * 1000);
                    }
                })();
                </#outputformat>
            </script>
        </#if>
        <#if isAppInitiatedAction??>
            <form id="guichet-mobile-cancel-form" action="${url.loginAction}" method="post">
                <button id="guichet-mobile-cancel" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
                        type="submit" name="cancel-aia" value="true">${msg("doCancel")}</button>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
