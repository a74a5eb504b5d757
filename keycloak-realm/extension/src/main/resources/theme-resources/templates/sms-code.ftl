<#-- The SMS code page: "Pour vous connecter, entrez le code d'accès sécurisé reçu par SMS." -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<@layout.registrationLayout displayMessage=true; section>
    <#if section="header">
        ${msg("guichetSmsTitle")}
    <#elseif section="form">
        <p id="guichet-sms-instruction">${msg("guichetSmsInstruction")}</p>
        <p id="guichet-sms-sent-to" class="${properties.kcFormHelperTextClass!}">${msg("guichetSmsSentTo", mobileHint, validityMinutes)}</p>
        <form id="guichet-sms-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@field.input name="code" label=msg("guichetSmsCode") autocomplete="one-time-code" autofocus=true />
            <div class="${properties.kcFormGroupClass!}">
                <button id="guichet-sms-submit" class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
                        type="submit" name="login">${msg("guichetSmsSubmit")}</button>
            </div>
        </form>
        <form id="guichet-sms-resend-form" action="${url.loginAction}" method="post">
            <button id="guichet-sms-resend" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
                    type="submit" name="resend" value="true" data-wait-seconds="${resendAfterSeconds?c}"
                    <#if resendAfterSeconds gt 0>disabled</#if>>${msg("guichetSmsResend")}</button>
            <p id="guichet-sms-resend-hint" class="${properties.kcFormHelperTextClass!}"
               <#if resendAfterSeconds == 0>hidden</#if>>${msg("guichetSmsResendHint")}</p>
        </form>
        <script>
            <#outputformat "JavaScript">
            (function () {
                var button = document.getElementById("guichet-sms-resend");
                var hint = document.getElementById("guichet-sms-resend-hint");
                var wait = parseInt(button.getAttribute("data-wait-seconds"), 10) || 0;
                if (wait > 0) {
                    setTimeout(function () { button.disabled = false; hint.hidden = true; }, wait * 1000);
                }
            })();
            </#outputformat>
        </script>
    </#if>
</@layout.registrationLayout>
