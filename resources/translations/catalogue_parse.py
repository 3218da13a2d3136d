"""French and Dutch texts of grants/domain/parse.py: amounts, shares and dates typed in a form or a workbook.

Same shape as catalogue_rules.T: ``{english: (french, dutch)}``. Messages start with the field at
fault ("Amount: ...") so that the user sees at once what to correct. {thousands} and {decimals}
are the two readings of an ambiguous amount, shown as amounts in the user's language.
"""

T = {
    # ---- amounts
    "Amount: {text} is not an amount in euro (for example 1 234,56)": (
        "Montant : {text} n'est pas un montant en euro (par exemple 1 234,56)",
        "Bedrag: {text} is geen bedrag in euro (bijvoorbeeld 1 234,56)"),
    "Amount: {text} is ambiguous, it can be read as {thousands} or as {decimals}; write the cents (2.000,00) or no separator (2000)": (
        "Montant : {text} est ambigu, il peut se lire {thousands} ou {decimals} ; écrivez les centimes (2.000,00) "
        "ou aucun séparateur (2000)",
        "Bedrag: {text} is dubbelzinnig, het kan gelezen worden als {thousands} of als {decimals}; schrijf de centen "
        "(2.000,00) of geen scheidingsteken (2000)"),
    "Amount: {text} is ambiguous, it can be read as {thousands} or as an amount with 3 decimals; write the cents (2.000,00) or no separator (2000)": (
        "Montant : {text} est ambigu, il peut se lire {thousands} ou comme un montant à 3 décimales ; écrivez les "
        "centimes (2.000,00) ou aucun séparateur (2000)",
        "Bedrag: {text} is dubbelzinnig, het kan gelezen worden als {thousands} of als een bedrag met 3 decimalen; "
        "schrijf de centen (2.000,00) of geen scheidingsteken (2000)"),
    "Amount: {text} has more than 2 decimals (it is never rounded)": (
        "Montant : {text} a plus de 2 décimales (il n'est jamais arrondi)",
        "Bedrag: {text} heeft meer dan 2 decimalen (het wordt nooit afgerond)"),
    "Amount: {text} must not be negative": (
        "Montant : {text} ne peut pas être négatif",
        "Bedrag: {text} mag niet negatief zijn"),
    "Amount: {text} is too large (at most 999 999 999 999,99)": (
        "Montant : {text} est trop élevé (au plus 999 999 999 999,99)",
        "Bedrag: {text} is te hoog (hoogstens 999 999 999 999,99)"),
    # ---- shares
    "Share: {text} is not a percentage (for example 50 or 33,33)": (
        "Part : {text} n'est pas un pourcentage (par exemple 50 ou 33,33)",
        "Aandeel: {text} is geen percentage (bijvoorbeeld 50 of 33,33)"),
    "Share: {text} has more than 2 decimals (it is never rounded)": (
        "Part : {text} a plus de 2 décimales (elle n'est jamais arrondie)",
        "Aandeel: {text} heeft meer dan 2 decimalen (het wordt nooit afgerond)"),
    "Share: {text} is not between 0 and 100 %": (
        "Part : {text} n'est pas comprise entre 0 et 100 %",
        "Aandeel: {text} ligt niet tussen 0 en 100 %"),
    "PGSP measures: share {share} of measure {code} is not a percentage with at most 2 decimals": (
        "Mesures du PGSP : la part {share} de la mesure {code} n'est pas un pourcentage à 2 décimales au plus",
        "Maatregelen van het GVPP: het aandeel {share} van maatregel {code} is geen percentage met hoogstens 2 decimalen"),
    # ---- dates
    "Date: {text} is not a date (for example 31/03/2024 or 2024-03-31)": (
        "Date : {text} n'est pas une date (par exemple 31/03/2024 ou 2024-03-31)",
        "Datum: {text} is geen datum (bijvoorbeeld 31/03/2024 of 2024-03-31)"),
    "Date: {text} does not exist in the calendar": (
        "Date : {text} n'existe pas dans le calendrier",
        "Datum: {text} bestaat niet in de kalender"),
    # ---- forms (a refusal inside a table row)
    "{category}: {problem}": (
        "{category} : {problem}",
        "{category}: {problem}"),
}
