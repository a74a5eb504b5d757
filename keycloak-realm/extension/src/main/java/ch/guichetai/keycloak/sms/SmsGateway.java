package ch.guichetai.keycloak.sms;

import java.io.IOException;

/** Sends one text message to one mobile number (E.164, such as +41791234567). */
interface SmsGateway {

    void send(String mobileNumber, String text) throws IOException;
}
