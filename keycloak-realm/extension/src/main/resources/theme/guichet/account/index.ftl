<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Guichet en ligne de l’AI</title>
</head>
<body>
  <main id="guichet-mon-compte">
    <p>Votre compte se gère dans le Guichet en ligne de l’AI, sous « Mon compte ».</p>
    <p lang="de">Ihr Konto verwalten Sie im Online-Schalter der IV unter «Mein Konto».</p>
  </main>
</body>
</html>
