"""The facts behind the demonstration dataset (``grants demo``): who is funded, by which channel,
for how much, tied to which PGSP measures.

Public figures come from safe.brussels' annual report 2024 (../shared/reference/
subsidies_2024_facts.md); the named ASBL and their measures are those the report cites. The other
ASBL, every person, enterprise number, IBAN, e-mail address (reserved ``.example`` domains) and
phone number are invented; identifiers are generated with valid check digits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from stdnum import iban as _iban

from grants.models import Category

CENT = Decimal("0.01")

# -- budget lines: one allocation de base per funding channel ----------------------------------
#: channel -> (code, label). Codes follow the Brussels budget layout (programme.activity.
#: economic class): 43.22 transfers to communes, 43.51 to other local authorities (police zones),
#: 33.00 to non-profits, 41.40 to regional bodies (OAA), 41.50 to training bodies; 61.40 investment
#: grants (capital transfers) to regional bodies: its grants are investment subsidies (report 8.4.2).
BUDGET_LINES: dict[str, tuple[str, str]] = {
    "plpp": ("25.002.43.22", "Plans locaux de prévention et de proximité (PLPP) — subventions aux communes"),
    "fse": ("25.003.43.51", "Fonds Sommets Européens (FSE) — subventions aux zones de police"),
    "aap": ("25.002.33.00", "Appel à projets prévention et sécurité — subventions aux ASBL"),
    "oaa": ("25.004.41.40", "Subventions aux organismes régionaux (OAA)"),
    "training": ("25.005.41.50", "Subventions aux écoles de formation (ERIP/ERAP/Brusafe)"),
    "direct_asbl": ("25.002.33.01", "Subventions facultatives hors appel — ASBL"),
    "oaa_invest": ("25.004.61.40", "Subventions d'investissement aux organismes régionaux (OAA)"),
}

# -- identifiers ---------------------------------------------------------------------------------


def _digits(seed: str, n: int) -> str:
    """``n`` decimal digits derived from ``seed`` (stable from run to run)."""
    h = int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16)
    return f"{h % 10**n:0{n}d}"


def make_bce(seed: str, prefix: str = "0") -> str:
    """A valid Belgian enterprise number (10 digits): 8 digits, then 97 - (8 digits mod 97)."""
    head = (prefix + _digits("bce:" + seed, 8))[:8]
    if head[0] not in "01":
        head = "0" + head[1:]
    return head + f"{97 - int(head) % 97:02d}"


#: bank code (first three digits of the Belgian account) -> BIC
BANKS = {"091": "GKCCBEBB", "001": "GEBABEBB", "310": "BBRUBEBB", "734": "KREDBEBB", "523": "TRIOBEBB"}


def make_iban(seed: str, bank: str) -> tuple[str, str]:
    """A valid Belgian IBAN (compact) at ``bank``, and the bank's BIC."""
    head = bank + _digits("iban:" + seed, 7)
    key = int(head) % 97 or 97
    bban = f"{head}{key:02d}"
    check = _iban.calc_check_digits(f"BE00{bban}")
    return f"BE{check}{bban}", BANKS[bank]


# -- people (invented) ---------------------------------------------------------------------------
FIRST_NAMES = ["Sophie", "Karim", "Els", "Marc", "Nadia", "Pieter", "Isabelle", "Youssef", "Anne", "Thomas",
               "Fatima", "Luc", "Sarah", "Jan", "Amina", "Olivier", "Leen", "Mehdi", "Catherine", "Bram",
               "Julie", "Samir", "Veerle", "Nicolas", "Hanane", "Geert", "Claire", "Rachid", "Inge", "David"]
LAST_NAMES = ["Dubois", "Peeters", "El Amrani", "Janssens", "Lambert", "Maes", "Benali", "Claes", "Dupont",
              "Wouters", "Mertens", "Bouzid", "Jacobs", "Laurent", "Willems", "Goossens", "Haddad", "Simon",
              "Vermeulen", "Lefebvre", "De Smet", "Mahieu", "Ouali", "Van Damme", "Renard", "Pauwels"]


def person(seed: str) -> str:
    n = int(_digits("person:" + seed, 6))
    return f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {LAST_NAMES[(n // 97) % len(LAST_NAMES)]}"


def phone(seed: str) -> str:
    d = _digits("phone:" + seed, 6)
    return f"+32 2 5{d[0]}{d[1]} {d[2:4]} {d[4:6]}"


# -- beneficiaries -------------------------------------------------------------------------------
#: NIS code -> postal code of the commune (for the address)
POSTAL_CODES = {"21001": "1070", "21002": "1160", "21003": "1082", "21004": "1000", "21005": "1040",
                "21006": "1140", "21007": "1190", "21008": "1083", "21009": "1050", "21010": "1090",
                "21011": "1081", "21012": "1080", "21013": "1060", "21014": "1210", "21015": "1030",
                "21016": "1180", "21017": "1170", "21018": "1200", "21019": "1150"}


@dataclass(frozen=True)
class Org:
    """A beneficiary that is not a commune or a police zone."""

    ref: str
    name_fr: str
    name_nl: str
    category: Category
    language: str = "fr"
    nis: str = "21004"  # commune of the seat
    bank: str = "001"
    contact_function: str = "Coordinateur·rice"


OAA = [
    Org("OAA-STIB", "Société des Transports Intercommunaux de Bruxelles (STIB)",
        "Maatschappij voor het Intercommunaal Vervoer te Brussel (MIVB)", Category.REGIONAL_BODY, bank="091",
        contact_function="Responsable sûreté"),
    Org("OAA-PARADIGM", "Paradigm (Centre d'informatique pour la Région bruxelloise)",
        "Paradigm (Centrum voor Informatica voor het Brusselse Gewest)", Category.REGIONAL_BODY, nis="21013",
        bank="091", contact_function="Chef de projet"),
]

SCHOOLS = [
    Org("ERIP-ARPB", "Académie régionale de police de Bruxelles (ARPB)",
        "Gewestelijke Politieacademie Brussel (GPAB)",
        Category.TRAINING_SCHOOL, nis="21007", bank="091", contact_function="Directeur·rice de la formation"),
    Org("ERIP-ERAP", "École régionale d'administration publique (ERAP)",
        "Gewestelijke School voor Openbaar Bestuur (GSOB)", Category.TRAINING_SCHOOL, nis="21009", bank="091",
        contact_function="Responsable du plan de formation"),
]

#: The 38 private non-profits. The first ten are named in the annual report; the others are invented.
ASBL = [
    Org("ASBL-GAMS", "GAMS Belgique", "GAMS België", Category.ASBL_PRIVATE, nis="21015"),
    Org("ASBL-PREFER", "PREFER", "PREFER", Category.ASBL_PRIVATE, nis="21004", bank="310"),
    Org("ASBL-LAMA", "Projet LAMA", "Project LAMA", Category.ASBL_PRIVATE, nis="21009"),
    Org("ASBL-PAGASA", "PAG-ASA", "PAG-ASA", Category.ASBL_PRIVATE, nis="21004", bank="734"),
    Org("ASBL-DIOGENES", "DIOGENES", "DIOGENES", Category.ASBL_PRIVATE, nis="21004", bank="523"),
    Org("ASBL-BULLE", "Bulle", "Bulle", Category.ASBL_PRIVATE, nis="21001", bank="523"),
    Org("ASBL-CROIXROUGE", "Croix-Rouge de Belgique", "Rode Kruis België", Category.ASBL_PRIVATE, nis="21004"),
    Org("ASBL-TRANSIT", "Transit", "Transit", Category.ASBL_PRIVATE, nis="21014", bank="091"),
    Org("ASBL-INFORJEUNES", "Infor Jeunes Bruxelles", "Infor Jeunes Brussel", Category.ASBL_PRIVATE, nis="21004",
        bank="310"),
    Org("ASBL-INTERSECTION", "Réseau Intersection Belgique", "Netwerk Intersection België", Category.ASBL_PRIVATE,
        nis="21013", bank="734"),
    Org("ASBL-QUARTIERSLIEN", "Quartiers en Lien", "Wijken in Verbinding", Category.ASBL_PRIVATE, nis="21012"),
    Org("ASBL-MEDIATIONSOC", "Maison de Médiation Sociale de Bruxelles", "Huis voor Sociale Bemiddeling Brussel",
        Category.ASBL_PRIVATE, nis="21001", bank="310"),
    Org("ASBL-FEMMESSF", "Espace Femmes Sans Frontières", "Vrouwenruimte Zonder Grenzen", Category.ASBL_PRIVATE,
        nis="21015", bank="523"),
    Org("ASBL-PARCOURS", "Parcours Citoyen", "Burgertraject", Category.ASBL_PRIVATE, nis="21007"),
    Org("ASBL-CLERUES", "La Clé des Rues", "De Sleutel van de Straat", Category.ASBL_PRIVATE, nis="21013", bank="734"),
    Org("ASBL-BUURTWERKNOORD", "Travail de quartier Bruxelles-Nord", "Buurtwerk Brussel-Noord",
        Category.ASBL_PRIVATE, language="nl", nis="21015", bank="734", contact_function="Coördinator"),
    Org("ASBL-JEUGDKANAAL", "Jeunesse Canal", "Jeugdwerk Kanaal", Category.ASBL_PRIVATE, language="nl",
        nis="21012", bank="734", contact_function="Coördinator"),
    Org("ASBL-VELOCITE", "Vélo-Cité Sûre", "Veilige Fietsstad", Category.ASBL_PRIVATE, nis="21005", bank="523"),
    Org("ASBL-SENIORS", "Seniors en Sécurité", "Senioren in Veiligheid", Category.ASBL_PRIVATE, nis="21016"),
    Org("ASBL-CYBERRESPECT", "Cyber-Respect Bruxelles", "Cyber-Respect Brussel", Category.ASBL_PRIVATE, nis="21009",
        bank="310"),
    Org("ASBL-NUITSSURES", "Nuits Sûres Bruxelles", "Veilige Nachten Brussel", Category.ASBL_PRIVATE, nis="21004",
        bank="523"),
    Org("ASBL-ABRINUIT", "Abri-Nuit Solidaire", "Solidaire Nachtopvang", Category.ASBL_PRIVATE, nis="21014"),
    Org("ASBL-ECOLEPARENTS", "École des Parents Bruxelles", "Ouderschool Brussel", Category.ASBL_PRIVATE, nis="21010",
        bank="310"),
    Org("ASBL-SPORTQUARTIERS", "Sport et Quartiers", "Sport en Wijken", Category.ASBL_PRIVATE, nis="21012"),
    Org("ASBL-TRAJETSFEMMES", "Trajets Femmes", "Vrouwentrajecten", Category.ASBL_PRIVATE, nis="21006", bank="523"),
    Org("ASBL-REINSERTION", "Atelier Réinsertion Plus", "Atelier Herintegratie Plus", Category.ASBL_PRIVATE,
        nis="21007", bank="734"),
    Org("ASBL-LOGEMENTDIGNE", "Collectif Logement Digne", "Collectief Waardig Wonen", Category.ASBL_PRIVATE,
        nis="21013"),
    Org("ASBL-MINEURS", "Accueil Mineurs en Errance", "Opvang Zwervende Minderjarigen", Category.ASBL_PRIVATE,
        nis="21004", bank="310"),
    Org("ASBL-OBSINCIVIL", "Observatoire Citoyen des Incivilités", "Burgerobservatorium Overlast",
        Category.ASBL_PRIVATE, nis="21002"),
    Org("ASBL-FIETSVEILIG", "Bruxelles à Vélo en Sécurité", "Veilig Fietsen Brussel", Category.ASBL_PRIVATE,
        language="nl", nis="21005", bank="734", contact_function="Coördinator"),
    Org("ASBL-MEDIATEURSRUE", "Médiateurs de Rue Associés", "Verenigde Straatbemiddelaars", Category.ASBL_PRIVATE,
        nis="21001"),
    Org("ASBL-HARCELEMENT", "Ligue contre le Harcèlement Scolaire", "Liga tegen Pesten op School",
        Category.ASBL_PRIVATE, nis="21018", bank="310"),
    Org("ASBL-DIALOGUE", "Dialogue Police-Citoyens", "Dialoog Politie-Burgers", Category.ASBL_PRIVATE, nis="21003",
        bank="523"),
    Org("ASBL-VICTIMESSUD", "Aide aux Victimes Bruxelles-Sud", "Slachtofferhulp Brussel-Zuid", Category.ASBL_PRIVATE,
        nis="21007"),
    Org("ASBL-RDRFESTIF", "Réduction des Risques en Milieu Festif", "Risicobeperking in het Uitgaansleven",
        Category.ASBL_PRIVATE, nis="21009", bank="523"),
    Org("ASBL-MENDICITE", "Entraide Mendicité et Dignité", "Hulp Bedelarij en Waardigheid", Category.ASBL_PRIVATE,
        nis="21004", bank="734"),
    Org("ASBL-VROUWENHUIS", "Maison des Femmes de Molenbeek", "Vrouwenhuis Molenbeek", Category.ASBL_PRIVATE,
        language="nl", nis="21012", bank="734", contact_function="Coördinatrice"),
    Org("ASBL-PROPRETE", "Propreté Active", "Actieve Netheid", Category.ASBL_PRIVATE, nis="21016"),
]

# -- the call for projects 2024 (3rd renewal of the 2021 call): 45 projects, 38 ASBL -------------


@dataclass(frozen=True)
class Project:
    asbl: str  # beneficiary ref
    title: str
    measures: str  # "1.4" or "2.1:60; 2.5:40"
    amount: Decimal  # granted in 2024 (requested may be higher)


def _p(asbl: str, title: str, measures: str, amount: int) -> Project:
    return Project(asbl, title, measures, Decimal(amount))


CALL_PROJECTS = [
    _p("ASBL-GAMS", "Prévention et prise en charge des mutilations génitales féminines", "1.4", 98_500),
    _p("ASBL-GAMS", "Formation des professionnels à la détection des MGF", "1.1:70; 1.4:30", 24_000),
    _p("ASBL-PREFER", "Prévention des radicalismes : formation et accompagnement des familles", "2.1:50; 2.5:50",
       84_000),
    _p("ASBL-LAMA", "Accompagnement mobile des usagers de drogues", "3.1:60; 3.8:40", 108_000),
    _p("ASBL-LAMA", "Formation des intervenants de première ligne en assuétudes", "3.3", 31_500),
    _p("ASBL-PAGASA", "Accueil et accompagnement des victimes de la traite des êtres humains", "4.3:40; 4.9:60",
       92_500),
    _p("ASBL-DIOGENES", "MÉTRO-Liens", "6.9", 138_000),
    _p("ASBL-DIOGENES", "Travail de rue nocturne auprès des personnes sans abri", "6.9:70; 3.1:30", 45_000),
    _p("ASBL-BULLE", "Wasserette mobile", "7.4", 62_500),
    _p("ASBL-CROIXROUGE", "Osons Agir Ensemble", "9.3", 148_000),
    _p("ASBL-TRANSIT", "Halte de nuit à bas seuil : renforcement de l'équipe", "3.8", 78_000),
    _p("ASBL-INFORJEUNES", "Infor-droits dans les quartiers", "1.2:50; 2.2:50", 54_000),
    _p("ASBL-INTERSECTION", "Formations à la prévention des discriminations", "1.1:50; 1.5:50", 47_500),
    _p("ASBL-QUARTIERSLIEN", "Médiation de quartier et prestations citoyennes", "7.1:60; 7.7:40", 82_000),
    _p("ASBL-QUARTIERSLIEN", "Médiation entre voisins dans les logements sociaux", "7.7", 27_500),
    _p("ASBL-MEDIATIONSOC", "Médiation sociale dans l'espace public", "7.1:50; 1.9:50", 88_000),
    _p("ASBL-FEMMESSF", "Accueil des femmes victimes de violences intrafamiliales", "1.4:70; 1.6:30", 71_000),
    _p("ASBL-PARCOURS", "Ateliers de citoyenneté et d'esprit critique pour les jeunes", "2.2:60; 2.4:40", 64_500),
    _p("ASBL-CLERUES", "Travail de rue et réduction des risques", "3.1:50; 3.4:50", 104_000),
    _p("ASBL-CLERUES", "Permanence d'accueil pour jeunes usagers", "3.8", 36_000),
    _p("ASBL-BUURTWERKNOORD", "Présence de quartier autour de la gare du Nord", "7.1:70; 1.9:30", 75_000),
    _p("ASBL-BUURTWERKNOORD", "Campagne « Propre et sûr » dans le quartier Nord", "7.4", 22_500),
    _p("ASBL-JEUGDKANAAL", "Travail de jeunesse le long du canal", "2.2:50; 2.5:50", 69_000),
    _p("ASBL-VELOCITE", "Prévention du vol de vélos et marquage", "5.5:70; 5.4:30", 34_500),
    _p("ASBL-SENIORS", "Prévention des vols par ruse auprès des aînés", "5.4", 12_000),
    _p("ASBL-CYBERRESPECT", "Prévention du cyberharcèlement à l'école", "1.2:60; 1.5:40", 46_000),
    _p("ASBL-CYBERRESPECT", "Signalement de la haine en ligne : accompagnement des victimes", "1.5", 18_500),
    _p("ASBL-NUITSSURES", "Sécurité et bien-être dans la vie nocturne", "1.9:50; 3.4:50", 73_000),
    _p("ASBL-ABRINUIT", "Accueil de nuit des personnes sans abri dans les stations", "6.9:60; 3.8:40", 114_000),
    _p("ASBL-ECOLEPARENTS", "Soutien à la parentalité face à la radicalisation", "2.5:60; 1.6:40", 43_000),
    _p("ASBL-SPORTQUARTIERS", "Sport de rue et prévention dans les quartiers", "2.2:50; 7.1:50", 55_000),
    _p("ASBL-TRAJETSFEMMES", "Harcèlement dans l'espace public et les transports", "1.9:60; 6.7:40", 39_500),
    _p("ASBL-REINSERTION", "Accompagnement à la sortie de prison", "1.6", 84_000),
    _p("ASBL-LOGEMENTDIGNE", "Lutte contre les marchands de sommeil", "4.4", 49_000),
    _p("ASBL-MINEURS", "Accueil des mineurs étrangers en errance", "4.9:60; 2.5:40", 97_000),
    _p("ASBL-OBSINCIVIL", "Observatoire des incivilités : diagnostics locaux", "7.6:70; 7.4:30", 28_000),
    _p("ASBL-FIETSVEILIG", "Fietslessen voor veilig verkeer", "6.4", 5_800),
    _p("ASBL-MEDIATEURSRUE", "Médiateurs de rue dans les quartiers commerçants", "7.1", 106_000),
    _p("ASBL-HARCELEMENT", "Programme anti-harcèlement dans les écoles secondaires", "1.2:50; 1.3:50", 52_000),
    _p("ASBL-DIALOGUE", "Rencontres police-citoyens dans les quartiers", "2.3:60; 2.4:40", 66_000),
    _p("ASBL-VICTIMESSUD", "Accompagnement des victimes d'accidents et de violences", "1.4:50; 6.8:50", 89_000),
    _p("ASBL-RDRFESTIF", "Réduction des risques en milieu festif", "3.4:60; 3.8:40", 79_000),
    _p("ASBL-MENDICITE", "Accompagnement des personnes mendiantes", "4.1:50; 6.9:50", 70_000),
    _p("ASBL-VROUWENHUIS", "Opvang en begeleiding van vrouwen in nood", "1.4", 95_000),
    _p("ASBL-PROPRETE", "Sensibilisation à la propreté et aux dépôts clandestins", "7.4:60; 7.5:40", 31_200),
]

#: Applications of the 2024 call that did not become grants (second projects of the same ASBL).
CALL_REJECTED = [
    ("ASBL-PREFER", "Plateforme d'écoute en ligne pour les familles", "2.5", 38_000, "inadmissible",
     "Dossier incomplet : budget prévisionnel manquant à la clôture de l'appel"),
    ("ASBL-NUITSSURES", "Label « Nuits sûres » pour les établissements", "1.9", 24_000, "inadmissible",
     "Objet hors du champ de l'appel (activité commerciale)"),
    ("ASBL-SPORTQUARTIERS", "Tournoi interquartiers", "2.2", 15_500, "scored", "5.0; 4.5; 5.5"),
    ("ASBL-MEDIATEURSRUE", "Médiateurs de rue le dimanche", "7.1", 41_000, "scored", "6.0; 5.0; 5.5"),
    ("ASBL-ABRINUIT", "Navette de nuit vers les centres d'accueil", "6.9", 58_000, "scored", "6.5; 4.0; 5.0"),
    ("ASBL-TRAJETSFEMMES", "Application mobile de signalement", "1.9", 32_000, "scored", "5.5; 5.0; 4.5"),
]

#: The 45 projects were already funded in 2023 (2nd renewal, same amounts). How the 2023 grant of the
#: first project of these ASBL ended; the others were justified on time, their balance paid, most closed.
CALL_2023_OUTCOMES = {
    "ASBL-GAMS": "closed",
    "ASBL-PREFER": "closed",
    "ASBL-PAGASA": "closed",
    "ASBL-LAMA": "balance_paid",
    "ASBL-DIOGENES": "zero_balance",
    "ASBL-BULLE": "late_derogation",
    "ASBL-CROIXROUGE": "balance_prepared",
    "ASBL-PARCOURS": "recovery_open",
    "ASBL-SENIORS": "recovery_collected",
    "ASBL-OBSINCIVIL": "overdue",
    "ASBL-PROPRETE": "overdue",
    "ASBL-SPORTQUARTIERS": "justified",
}

# -- PLPP: relative weights of the communes in the 2024 envelope (allocation key) ---------------
PLPP_2024_TOTAL = Decimal(27616883)
PLPP_WEIGHTS = {"21001": 2550, "21002": 560, "21003": 610, "21004": 4150, "21005": 1050, "21006": 1010,
                "21007": 1280, "21008": 640, "21009": 1550, "21010": 1120, "21011": 780, "21012": 2600,
                "21013": 1350, "21014": 1250, "21015": 2650, "21016": 1150, "21017": 520, "21018": 800,
                "21019": 530}
#: Year-on-year move of each commune's share 2023 -> 2024 (the key moves by -1 % to +2 % a year).
PLPP_MOVE = [Decimal(x) for x in ("0.012", "-0.006", "0.004", "0.018", "-0.010", "0.009", "0.015", "-0.003",
                                    "0.007", "0.011", "0.020", "0.016", "0.013", "0.019", "0.014", "-0.008",
                                    "-0.002", "0.005", "-0.004")]
#: Activities of the local plans (title, PGSP thematic, staff per 1 000 000 euro of the plan:
#: gardiens de la paix, street educators, mediators); each commune's plan carries those of its thematics.
PLPP_ACTIVITIES = [
    ("Gardiens de la paix : présence dans les quartiers et aux abords des écoles", 7, 8, 0, 0),
    ("Lutte contre les incivilités et les dépôts clandestins", 7, 2, 0, 1),
    ("Travail de rue auprès des jeunes", 1, 0, 4, 0),
    ("Médiation de conflits et médiation locale", 1, 0, 0, 2),
    ("Prévention de la radicalisation : cellule locale et accompagnement", 2, 0, 1, 1),
    ("Réduction des risques et accompagnement des usagers de drogues", 3, 0, 2, 1),
]
PLPP_MEASURES = ["7.1:40; 1.9:25; 2.6:20; 3.1:15", "7.1:45; 1.9:30; 2.2:25", "7.1:50; 7.4:25; 1.9:25",
                 "7.1:35; 1.9:25; 2.6:20; 3.1:20", "7.1:40; 1.4:30; 2.2:30"]

# -- FSE: the 35 M euro of the European Summits Fund, by police zone (measures 5.1 and 6.1) -----
FSE_2024 = {5339: Decimal(9800000), 5340: Decimal(5400000), 5341: Decimal(6300000),
            5342: Decimal(3600000), 5343: Decimal(3800000), 5344: Decimal(6100000)}
FSE_MEASURES = {5339: "5.1:60; 6.1:40", 5340: "5.1:50; 6.1:50", 5341: "5.1:55; 6.1:45", 5342: "5.1:50; 6.1:50",
                5343: "5.1:50; 6.1:50", 5344: "5.1:60; 6.1:40"}

# -- direct grants (hors appel) -------------------------------------------------------------------


@dataclass(frozen=True)
class Direct:
    key: str
    beneficiary: str
    channel: str
    title: str
    measures: str
    amount_2024: Decimal
    advance_share: Decimal
    amount_2023: Decimal | None = None  # also funded in 2023 (history)
    #: a co-financed project (2024): its total budget and its other funders (name, amount, status)
    cofunding: tuple[Decimal, tuple[tuple[str, Decimal, str], ...]] | None = None


DIRECT = [
    Direct("STIB", "OAA-STIB", "oaa", "Présence de sécurité et prévention sur le réseau de transport public",
           "5.1:40; 1.9:15; 3.1:15; 6.9:15; 7.1:15", Decimal(4800000), Decimal(75), Decimal(4700000)),
    Direct("PARADIGM", "OAA-PARADIGM", "oaa_invest", "Outils numériques de contrôle des infractions environnementales",
           "7.5", Decimal(504200), Decimal(80), Decimal(498000)),
    Direct("ARPB", "ERIP-ARPB", "training", "Plan régional de formation (PRF) des services de police 2024",
           "1.1:20; 2.1:20; 3.3:15; 5.3:15; 6.3:15; 7.3:15", Decimal(10000000), Decimal(85), Decimal(10000000)),
    Direct("ERAP", "ERIP-ERAP", "training", "Plan régional de formation (PRF) : modules prévention et sécurité",
           "1.1:30; 2.1:30; 7.3:40", Decimal(528150), Decimal(80), Decimal(515000)),
    Direct("TRANSIT", "ASBL-TRANSIT", "direct_asbl",
           "Centre d'accueil et d'hébergement à bas seuil pour usagers de drogues",
           "3.2:50; 3.4:50", Decimal(3420000), Decimal(85), Decimal(3350000),
           (Decimal(4100000), (("Commission communautaire française (COCOF)", Decimal(450000), "granted"),
                               ("Ville de Bruxelles", Decimal(150000), "granted")))),
    Direct("INFORJEUNES", "ASBL-INFORJEUNES", "direct_asbl",
           "Information jeunesse et prévention (thématiques 1 à 4)",
           "1.2:25; 2.2:25; 3.4:25; 4.3:25", Decimal(1286350), Decimal(80), Decimal(1262000),
           (Decimal(1650000), (("Fédération Wallonie-Bruxelles", Decimal(220000), "granted"),
                               ("Actiris", Decimal(90000), "requested")))),
    Direct("INTERSECTION", "ASBL-INTERSECTION", "direct_asbl",
           "Réseau de prévention des discriminations et de la polarisation",
           "2.1:20; 2.3:20; 2.4:15; 1.1:15; 1.5:15; 6.4:15", Decimal(1210000), Decimal(80),
           Decimal(1185000),
           (Decimal(1400000), (("Unia", Decimal(40000), "granted"),
                               ("Fondation Roi Baudouin", Decimal(60000), "refused")))),
]

# -- Indicators: key figures of the call's projects, as the activity reports give them --------------
# (ASBL ref, project title) -> (measure, name, unit, target, achieved in 2024). The 2023 grant of the
# same project reports its own figures (INDICATOR_2023_RATE of the 2024 ones), received with its
# justification. Figures as the annual report's chapter 4.1 quotes them where it does (207 people
# accompanied by GAMS, 19 220 kg of laundry, 269 communal activities).
INDICATORS: dict[tuple[str, str], list[tuple[str, str, str, Decimal, Decimal]]] = {
    ("ASBL-GAMS", "Prévention et prise en charge des mutilations génitales féminines"): [
        ("1.4", "Personnes accompagnées", "personnes", Decimal(200), Decimal(207)),
        ("1.4", "Séances de sensibilisation", "séances", Decimal(40), Decimal(46)),
    ],
    ("ASBL-BULLE", "Wasserette mobile"): [
        ("7.4", "Linge lavé", "kg", Decimal(18000), Decimal(19220)),
        ("7.4", "Passages de la wasserette", "passages", Decimal(1500), Decimal(1432)),
    ],
    ("ASBL-CROIXROUGE", "Osons Agir Ensemble"): [
        ("9.3", "Activités communautaires", "activités", Decimal(250), Decimal(269)),
    ],
    ("ASBL-DIOGENES", "MÉTRO-Liens"): [
        ("6.9", "Personnes sans abri rencontrées", "personnes", Decimal(650), Decimal(712)),
    ],
    ("ASBL-LAMA", "Accompagnement mobile des usagers de drogues"): [
        ("3.1", "Usagers accompagnés", "personnes", Decimal(300), Decimal(284)),
        ("3.8", "Matériel de réduction des risques distribué", "kits", Decimal(5000), Decimal("5310")),
    ],
    ("ASBL-PAGASA", "Accueil et accompagnement des victimes de la traite des êtres humains"): [
        ("4.9", "Victimes accueillies", "personnes", Decimal(150), Decimal(163)),
    ],
    ("ASBL-QUARTIERSLIEN", "Médiation de quartier et prestations citoyennes"): [
        ("7.1", "Médiations menées", "médiations", Decimal(120), Decimal(131)),
        ("7.7", "Prestations citoyennes encadrées", "heures", Decimal("2400"), Decimal("2265.5")),
    ],
}
INDICATOR_2023_RATE = Decimal("0.93")


# -- LISA antennas call (selected by the jury, not granted: no budget validation) --------------------
LISA_ENVELOPE = Decimal(1266000)
LISA_WAITING_REASON = "Pas de validation budgétaire 2024 : à octroyer dès que les crédits existent"
LISA_APPLICATIONS = [
    ("COM-21012", "Nouvelle antenne LISA — Molenbeek-Saint-Jean", "5.1:50; 7.1:50", 480_000, True, "8.5; 8.0; 7.5"),
    ("COM-21015", "Nouvelle antenne LISA — Schaerbeek", "5.1:50; 7.1:50", 480_000, True, "8.0; 7.5; 8.0"),
    ("COM-21001", "Renforcement de l'antenne LISA — Anderlecht", "5.1:50; 7.1:50", 306_000, True, "7.5; 7.5; 7.0"),
    ("COM-21013", "Nouvelle antenne LISA — Saint-Gilles", "5.1:50; 7.1:50", 455_000, False, "6.5; 6.0; 6.5"),
    ("COM-21006", "Nouvelle antenne LISA — Evere", "5.1:50; 7.1:50", 420_000, False, "5.5; 6.0; 5.0"),
]

# -- expense categories by kind of beneficiary (weights for the justifications) ----------------------
EXPENSES = {
    "plpp": {"staff": 78, "activities": 8, "investment": 5, "administration": 4, "communication": 3,
             "third_parties": 2},
    "fse": {"staff": 82, "investment": 12, "administration": 3, "third_parties": 3},
    "aap": {"staff": 62, "activities": 14, "rent": 9, "administration": 6, "communication": 5, "third_parties": 4},
    "oaa": {"staff": 88, "investment": 9, "administration": 3},
    "oaa_invest": {"investment": 85, "third_parties": 12, "administration": 3},
    "training": {"staff": 55, "third_parties": 25, "rent": 10, "investment": 10},
    "direct_asbl": {"staff": 70, "rent": 12, "activities": 10, "administration": 5, "financial": 3},
}


def share_out(total: Decimal, weights: list[int] | list[Decimal], quantum: Decimal = CENT) -> list[Decimal]:
    """Split ``total`` by ``weights`` into amounts of ``quantum`` that add up exactly to ``total``
    (largest remainders get the leftover quanta)."""
    wsum = sum(Decimal(w) for w in weights)
    raw = [total * Decimal(w) / wsum for w in weights]
    parts = [r.quantize(quantum, rounding=ROUND_DOWN) for r in raw]
    left = int((total - sum(parts)) / quantum)
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)[:left]:
        parts[i] += quantum
    return parts


#: The organisation settings the demo fills in where they are not set yet: safe.brussels as it
#: presents itself, with the EU documentation's sample Belgian IBAN (valid check digits, nobody's
#: account) so that no demo file can ever pay anybody.
ORGANISATION = {
    "name": "safe.brussels - Bruxelles Prévention & Sécurité",
    "address": "Rue de Ligne 40, 1000 Bruxelles",
    "iban": "BE71096123456769",
    "bic": "GKCCBEBB",
    "signatories": "Sophie Lambert, directrice générale; Pieter Claes, directeur des finances",
}
#: The message id the demo's historic payments carry: paid long ago, through the bank directly.
HISTORY_MESSAGE_ID = "DEMO-HISTORY"
