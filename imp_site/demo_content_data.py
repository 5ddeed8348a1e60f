"""Texts of the demo content, written for IMP from the seed texts, in en, fr and nl."""

# One dict per CMS page. "body" is HTML for the main placeholder (only <p>, <h2>, <h3>, <ul>, <li>,
# <strong>, <em> tags; NO <h1>, the page title is the h1). "aside" only for pages with template
# "pages/two_column.html" (a short sidebar text, HTML, may start with an <h2>).
PAGES = [
    {
        "key": "home",
        "template": "pages/home.html",
        "en": {
            "title": "International Mito Patients",
            "slug": "home",
            "menu_title": "Home",
            "meta_description": (
                "International Mito Patients links national patient organisations for "
                "mitochondrial disease around the world, for a better quality of life."
            ),
            "body": (
                "<p>Welcome to International Mito Patients, or IMP for short.</p>"
                "<p>IMP is a worldwide network of national patient organisations for mitochondrial "
                "disease, often called <em>mito</em>. Our members work together across borders. "
                "They share knowledge, experience and ideas.</p>"
                "<p>We have one goal: a better quality of life for everyone who lives with mito, "
                "and for their families.</p>"
                "<h2>What you find here</h2>"
                "<ul><li>Our projects, each with its own funding</li>"
                "<li>Our continuous activities, year after year</li>"
                "<li>A list of drugs that may be harmful for people with mito</li>"
                "<li>Information about our worldwide patient registry</li>"
                "<li>A community of Facebook groups for patients and families</li>"
                "</ul>"
            ),
        },
        "fr": {
            "title": "International Mito Patients",
            "slug": "accueil",
            "menu_title": "Accueil",
            "meta_description": (
                "International Mito Patients relie les associations nationales de patients "
                "atteints de maladies mitochondriales du monde entier."
            ),
            "body": (
                "<p>Bienvenue chez International Mito Patients, IMP en abrégé.</p>"
                "<p>IMP est un réseau mondial d'associations nationales de patients atteints de "
                "maladies mitochondriales, souvent appelées <em>mito</em>. Nos membres travaillent "
                "ensemble, par-delà les frontières. Ils partagent leurs connaissances, leurs "
                "expériences et leurs idées.</p>"
                "<p>Notre but est simple : une meilleure qualité de vie pour toutes les personnes "
                "qui vivent avec une maladie mitochondriale, et pour leurs proches.</p>"
                "<h2>Ce que vous trouverez ici</h2>"
                "<ul><li>Nos projets, chacun avec son propre financement</li>"
                "<li>Nos activités permanentes, année après année</li>"
                "<li>Une liste de médicaments qui peuvent être dangereux en cas de maladie "
                "mitochondriale</li>"
                "<li>Des informations sur notre registre mondial des patients</li>"
                "<li>Une communauté de groupes Facebook pour les patients et leurs familles</li>"
                "</ul>"
            ),
        },
        "nl": {
            "title": "International Mito Patients",
            "slug": "home",
            "menu_title": "Home",
            "meta_description": (
                "International Mito Patients verbindt nationale patiëntenorganisaties voor "
                "mitochondriële ziekten wereldwijd, voor een betere kwaliteit van leven."
            ),
            "body": (
                "<p>Welkom bij International Mito Patients, kortweg IMP.</p>"
                "<p>IMP is een wereldwijd netwerk van nationale patiëntenorganisaties voor "
                "mitochondriële ziekten, vaak kortweg <em>mito</em> genoemd. Onze leden werken "
                "over de grenzen heen samen. Ze delen kennis, ervaringen en ideeën.</p>"
                "<p>Ons doel is eenvoudig: een betere kwaliteit van leven voor iedereen met mito, "
                "en voor hun naasten.</p>"
                "<h2>Wat u hier vindt</h2>"
                "<ul><li>Onze projecten, elk met een eigen financiering</li>"
                "<li>Onze doorlopende activiteiten, jaar in jaar uit</li>"
                "<li>Een lijst van geneesmiddelen die schadelijk kunnen zijn bij mito</li>"
                "<li>Informatie over ons wereldwijde patiëntenregister</li>"
                "<li>Een overzicht van Facebookgroepen voor patiënten en hun families</li>"
                "</ul>"
            ),
        },
    },
    {
        "key": "about",
        "template": "pages/two_column.html",
        "en": {
            "title": "About IMP",
            "slug": "about",
            "menu_title": "About us",
            "meta_description": (
                "Who International Mito Patients is, how decisions are made and how our projects "
                "and continuous activities are funded."
            ),
            "body": (
                "<h2>Our mission</h2>"
                "<p>Mitochondria are the batteries of our cells. In mitochondrial disease, they do "
                "not make enough energy. Many parts of the body can be affected.</p>"
                "<p>IMP wants people with mitochondrial disease to enjoy a better quality of life. "
                "We work for this by helping national patient organisations cooperate across "
                "borders.</p>"
                "<p>Patients gain a lot from good contacts with researchers, doctors and carers. "
                "And those professionals learn a lot by listening to patients. IMP builds these "
                "bridges.</p>"
                "<h2>How we make decisions</h2>"
                "<p>IMP belongs to its members. The member organisations take all decisions "
                "together. The board of IMP puts those decisions into practice.</p>"
                "<h2>Two kinds of work</h2>"
                "<ul>"
                "<li><strong>Projects</strong> have a clear goal. For each project, we look for "
                "separate funding.</li>"
                "<li><strong>Continuous activities</strong> go on all year round. We pay for them "
                "from our running budget.</li>"
                "</ul>"
                "<h2>Part of a wider movement</h2>"
                "<p>IMP is a member of EURORDIS, the European alliance of patient organisations "
                "for rare diseases. EURORDIS works with partners in other parts of the world, such "
                "as NORD in the United States and CORD in Canada.</p>"
            ),
            "aside": (
                "<h2>IMP in brief</h2>"
                "<ul><li>A worldwide network of national patient organisations for mitochondrial "
                "disease</li>"
                "<li>The members decide, the board carries out</li>"
                "<li>Projects have their own funding; ongoing work is paid from our own budget</li>"
                "<li>Member of EURORDIS</li>"
                "<li>A Facebook community with families from more than 37 countries</li>"
                "</ul>"
            ),
        },
        "fr": {
            "title": "À propos d'IMP",
            "slug": "a-propos",
            "menu_title": "À propos",
            "meta_description": (
                "Qui est International Mito Patients, comment les décisions sont prises et comment "
                "nos projets et activités sont financés."
            ),
            "body": (
                "<h2>Notre mission</h2>"
                "<p>Les mitochondries sont les batteries de nos cellules. Dans une maladie "
                "mitochondriale, elles ne produisent pas assez d'énergie. De nombreuses parties du "
                "corps peuvent être touchées.</p>"
                "<p>IMP veut améliorer la qualité de vie des personnes atteintes d'une maladie "
                "mitochondriale. Pour cela, nous aidons les associations nationales de patients à "
                "travailler ensemble, par-delà les frontières.</p>"
                "<p>Les patients ont tout à gagner de bons liens avec les chercheurs, les médecins "
                "et les soignants. Et ces professionnels apprennent beaucoup en écoutant les "
                "patients. IMP construit ces ponts.</p>"
                "<h2>Comment nous prenons nos décisions</h2>"
                "<p>IMP appartient à ses membres. Les associations membres prennent toutes les "
                "décisions ensemble. Le conseil d'administration d'IMP les met en œuvre.</p>"
                "<h2>Deux façons de travailler</h2>"
                "<ul>"
                "<li><strong>Les projets</strong> ont un objectif précis. Pour chacun d'eux, nous "
                "cherchons un financement à part.</li>"
                "<li><strong>Les activités permanentes</strong> se poursuivent toute l'année. Nous "
                "les finançons avec notre budget de fonctionnement.</li>"
                "</ul>"
                "<h2>Membre d'un mouvement plus large</h2>"
                "<p>IMP est membre d'EURORDIS, l'alliance européenne des associations de patients "
                "atteints de maladies rares. EURORDIS travaille avec des partenaires ailleurs dans "
                "le monde, comme NORD aux États-Unis et CORD au Canada.</p>"
            ),
            "aside": (
                "<h2>IMP en bref</h2>"
                "<ul>"
                "<li>Un réseau mondial d'associations nationales de patients atteints de maladies "
                "mitochondriales</li>"
                "<li>Les membres décident, le conseil d'administration exécute</li>"
                "<li>Les projets ont leur propre financement ; le travail continu est payé par "
                "notre budget</li>"
                "<li>Membre d'EURORDIS</li>"
                "<li>Une communauté Facebook qui réunit des familles de plus de 37 pays</li>"
                "</ul>"
            ),
        },
        "nl": {
            "title": "Over IMP",
            "slug": "over-ons",
            "menu_title": "Over ons",
            "meta_description": (
                "Wie International Mito Patients is, hoe besluiten worden genomen en hoe onze "
                "projecten en activiteiten worden betaald."
            ),
            "body": (
                "<h2>Onze missie</h2>"
                "<p>Mitochondriën zijn de batterijen van onze cellen. Bij een mitochondriële "
                "ziekte maken ze niet genoeg energie aan. Daardoor kunnen veel delen van het "
                "lichaam worden getroffen.</p>"
                "<p>IMP wil de kwaliteit van leven van mensen met een mitochondriële ziekte "
                "verbeteren. Dat doen we door nationale patiëntenorganisaties te helpen over de "
                "grenzen heen samen te werken.</p>"
                "<p>Patiënten hebben veel aan goede contacten met onderzoekers, artsen en "
                "zorgverleners. En die professionals leren op hun beurt veel door naar patiënten "
                "te luisteren. IMP slaat die bruggen.</p>"
                "<h2>Hoe we besluiten nemen</h2>"
                "<p>IMP is van de leden. De lidorganisaties nemen samen alle besluiten. Het "
                "bestuur van IMP voert ze uit.</p>"
                "<h2>Twee soorten werk</h2>"
                "<ul>"
                "<li><strong>Projecten</strong> hebben een duidelijk doel. Voor elk project zoeken "
                "we aparte financiering.</li>"
                "<li><strong>Doorlopende activiteiten</strong> gaan het hele jaar door. We betalen "
                "ze uit onze lopende begroting.</li>"
                "</ul>"
                "<h2>Deel van een grotere beweging</h2>"
                "<p>IMP is lid van EURORDIS, de Europese alliantie van patiëntenorganisaties voor "
                "zeldzame ziekten. EURORDIS werkt samen met partners elders in de wereld, zoals "
                "NORD in de Verenigde Staten en CORD in Canada.</p>"
            ),
            "aside": (
                "<h2>IMP in het kort</h2>"
                "<ul><li>Een wereldwijd netwerk van nationale patiëntenorganisaties voor "
                "mitochondriële ziekten</li>"
                "<li>De leden beslissen, het bestuur voert uit</li>"
                "<li>Projecten hebben een eigen financiering; doorlopend werk betalen we uit onze "
                "eigen begroting</li>"
                "<li>Lid van EURORDIS</li>"
                "<li>Een Facebookgemeenschap met families uit meer dan 37 landen</li>"
                "</ul>"
            ),
        },
    },
    {
        "key": "projects",
        "template": "pages/page.html",
        "en": {
            "title": "Our projects",
            "slug": "projects",
            "menu_title": "Projects",
            "meta_description": (
                "IMP's projects: a worldwide patient registry, a study on quality of life and a "
                "list of potentially harmful drugs."
            ),
            "body": (
                "<p>Part of our work takes the shape of projects. A project has a clear aim, its "
                "own funding and a team or committee that is responsible for it.</p>"
                "<p>Below you find our projects. For each one, you can read who leads it, who pays "
                "for it and what it has achieved or hopes to achieve.</p>"
            ),
        },
        "fr": {
            "title": "Nos projets",
            "slug": "projets",
            "menu_title": "Projets",
            "meta_description": (
                "Les projets d'IMP : un registre mondial des patients, une étude sur la qualité de "
                "vie et une liste de médicaments à risque."
            ),
            "body": (
                "<p>Une partie de notre travail prend la forme de projets. Un projet a un objectif "
                "clair, son propre financement et une équipe ou un comité qui en est "
                "responsable.</p>"
                "<p>Vous trouverez nos projets ci-dessous. Pour chacun, vous pouvez lire qui le "
                "mène, qui le finance et ce qu'il a apporté ou veut apporter.</p>"
            ),
        },
        "nl": {
            "title": "Onze projecten",
            "slug": "projecten",
            "menu_title": "Projecten",
            "meta_description": (
                "De projecten van IMP: een wereldwijd patiëntenregister, een onderzoek naar "
                "kwaliteit van leven en een lijst van geneesmiddelen."
            ),
            "body": (
                "<p>Een deel van ons werk bestaat uit projecten. Een project heeft een duidelijk "
                "doel, een eigen financiering en een team of commissie die ervoor verantwoordelijk "
                "is.</p>"
                "<p>Hieronder vindt u onze projecten. Bij elk project leest u wie het leidt, wie "
                "het betaalt en wat het heeft opgeleverd of wil opleveren.</p>"
            ),
        },
    },
    {
        "key": "activities",
        "template": "pages/page.html",
        "en": {
            "title": "Continuous activities",
            "slug": "activities",
            "menu_title": "Activities",
            "meta_description": (
                "The ongoing work of IMP: awareness, research networks, advocacy in Europe and "
                "support for patients and member organisations."
            ),
            "body": (
                "<p>Much of our work never stops. It follows from our mission and goes on year "
                "after year.</p>"
                "<p>We pay for these continuous activities from our running budget. They range "
                "from awareness campaigns to patient advocacy in Europe. They also include support "
                "for people who have no national organisation to turn to.</p>"
            ),
        },
        "fr": {
            "title": "Activités permanentes",
            "slug": "activites",
            "menu_title": "Activités",
            "meta_description": (
                "Le travail continu d'IMP : sensibilisation, liens avec la recherche, défense des "
                "patients en Europe et soutien aux membres."
            ),
            "body": (
                "<p>Une grande partie de notre travail ne s'arrête jamais. Elle découle de notre "
                "mission et se poursuit année après année.</p>"
                "<p>Nous finançons ces activités permanentes avec notre budget de fonctionnement. "
                "Elles vont des campagnes de sensibilisation à la défense des patients en Europe. "
                "Elles comprennent aussi le soutien aux personnes qui n'ont pas d'association "
                "nationale vers qui se tourner.</p>"
            ),
        },
        "nl": {
            "title": "Doorlopende activiteiten",
            "slug": "activiteiten",
            "menu_title": "Activiteiten",
            "meta_description": (
                "Het doorlopende werk van IMP: bewustwording, contact met onderzoekers, "
                "belangenbehartiging in Europa en steun aan patiënten en leden."
            ),
            "body": (
                "<p>Veel van ons werk stopt nooit. Het komt voort uit onze missie en gaat jaar na "
                "jaar door.</p>"
                "<p>We betalen deze doorlopende activiteiten uit onze lopende begroting. Ze lopen "
                "uiteen van bewustwordingscampagnes tot belangenbehartiging in Europa. Ook steun "
                "aan mensen die in hun eigen land bij geen patiëntenorganisatie terechtkunnen, "
                "hoort erbij.</p>"
            ),
        },
    },
    {
        "key": "drugs",
        "template": "pages/page.html",
        "en": {
            "title": "Potentially harmful drugs",
            "slug": "drugs",
            "menu_title": "Drug list",
            "meta_description": (
                "Some medicines can harm mitochondrial function. Learn how IMP's list of "
                "potentially harmful drugs works and how to use it safely."
            ),
            "body": (
                "<p>There is no cure for mitochondrial disease yet. But many symptoms can be "
                "treated, for example seizures or heart problems. You may also need medicines for "
                "an operation or for a medical test under anaesthesia.</p>"
                "<p>Some medicines can harm the way mitochondria work. For people with mito, they "
                "may bring a higher risk of side effects. That is why IMP publishes a list of "
                "potentially harmful drugs.</p>"
                "<p>The list does not aim to take important medicines away from you. Treatment "
                "options are limited enough already.</p>"
                "<h2>Three colours</h2>"
                "<p>Each drug or group of drugs gets a colour. The colour shows how strong the "
                "scientific evidence is.</p>"
                "<ul>"
                "<li><strong>Yellow:</strong> evidence from experiments, for example in the lab. "
                "This is the case for most drugs on the list. They may be used, but side effects "
                "must be watched closely.</li>"
                "<li><strong>Orange:</strong> evidence from experiments and from reports about "
                "single patients. Use these drugs with caution, and discuss them with a "
                "specialist.</li>"
                "<li><strong>Red:</strong> strong, well-established evidence. This is true for "
                "only a few drugs. They are contraindicated: they should not be used.</li>"
                "</ul>"
                "<p>The list is reviewed every six months. You can read it in English, French and "
                "Dutch.</p>"
                "<h2>Please keep in mind</h2>"
                "<ul><li>If a drug is not on the list, that does not mean it is safe for you.</li>"
                "<li>Never stop or change a medicine without talking to your doctor first.</li>"
                "<li>The list gives information. It is not a prescription and it does not replace "
                "medical advice.</li>"
                "</ul>"
                "<p>Soon you will be able to search the list here on this website.</p>"
            ),
        },
        "fr": {
            "title": "Médicaments potentiellement dangereux",
            "slug": "medicaments",
            "menu_title": "Médicaments",
            "meta_description": (
                "Certains médicaments peuvent nuire aux mitochondries. Découvrez comment "
                "fonctionne la liste d'IMP et comment l'utiliser sans risque."
            ),
            "body": (
                "<p>Il n'existe pas encore de traitement qui guérisse une maladie mitochondriale. "
                "Mais beaucoup de symptômes peuvent être soignés, par exemple les crises "
                "d'épilepsie ou les problèmes cardiaques. Vous pouvez aussi avoir besoin de "
                "médicaments pour une opération ou un examen sous anesthésie.</p>"
                "<p>Certains médicaments peuvent nuire au fonctionnement des mitochondries. Chez "
                "les personnes atteintes d'une maladie mitochondriale, ils peuvent augmenter le "
                "risque d'effets indésirables. C'est pourquoi IMP publie une liste de médicaments "
                "potentiellement dangereux.</p>"
                "<p>Cette liste ne cherche pas à vous priver de médicaments importants. Les "
                "possibilités de traitement sont déjà bien assez limitées.</p>"
                "<h2>Trois couleurs</h2>"
                "<p>Chaque médicament ou groupe de médicaments reçoit une couleur. Elle indique la "
                "force des preuves scientifiques.</p>"
                "<ul><li><strong>Jaune :</strong> des données expérimentales, par exemple en "
                "laboratoire. C'est le cas de la plupart des médicaments de la liste. Ils peuvent "
                "être utilisés, mais leurs effets indésirables doivent être surveillés de "
                "près.</li>"
                "<li><strong>Orange :</strong> des données expérimentales et des observations chez "
                "des patients isolés. Ces médicaments sont à utiliser avec prudence, après en "
                "avoir parlé avec un spécialiste.</li>"
                "<li><strong>Rouge :</strong> des preuves solides et bien établies. Cela ne "
                "concerne que quelques médicaments. Ils sont contre-indiqués : ils ne doivent pas "
                "être utilisés.</li>"
                "</ul>"
                "<p>La liste est révisée tous les six mois. Elle existe en anglais, en français et "
                "en néerlandais.</p>"
                "<h2>À garder en tête</h2>"
                "<ul>"
                "<li>Si un médicament ne figure pas sur la liste, cela ne veut pas dire qu'il est "
                "sans danger pour vous.</li>"
                "<li>N'arrêtez et ne modifiez jamais un traitement sans en parler d'abord à votre "
                "médecin.</li>"
                "<li>La liste donne des informations. Ce n'est pas une ordonnance, et elle ne "
                "remplace pas l'avis d'un médecin.</li>"
                "</ul>"
                "<p>Vous pourrez bientôt faire des recherches dans la liste, ici même, sur ce "
                "site.</p>"
            ),
        },
        "nl": {
            "title": "Mogelijk schadelijke geneesmiddelen",
            "slug": "geneesmiddelen",
            "menu_title": "Geneesmiddelen",
            "meta_description": (
                "Sommige geneesmiddelen kunnen de mitochondriën schaden. Lees hoe de lijst van IMP "
                "werkt en hoe u die veilig gebruikt."
            ),
            "body": (
                "<p>Er is nog geen behandeling die een mitochondriële ziekte geneest. Maar veel "
                "klachten zijn wel te behandelen, zoals epileptische aanvallen of hartproblemen. "
                "Ook voor een operatie of een onderzoek onder narcose kunt u geneesmiddelen nodig "
                "hebben.</p>"
                "<p>Sommige geneesmiddelen kunnen de werking van mitochondriën schaden. Bij mensen "
                "met een mitochondriële ziekte geven ze mogelijk meer kans op bijwerkingen. Daarom "
                "publiceert IMP een lijst van mogelijk schadelijke geneesmiddelen.</p>"
                "<p>De lijst wil u geen belangrijke medicijnen afnemen. De mogelijkheden voor "
                "behandeling zijn al beperkt genoeg.</p>"
                "<h2>Drie kleuren</h2>"
                "<p>Elk geneesmiddel of elke groep geneesmiddelen krijgt een kleur. De kleur laat "
                "zien hoe sterk het wetenschappelijk bewijs is.</p>"
                "<ul>"
                "<li><strong>Geel:</strong> gegevens uit experimenteel onderzoek, bijvoorbeeld in "
                "het laboratorium. Dat geldt voor de meeste middelen op de lijst. Ze mogen worden "
                "gebruikt, maar bijwerkingen moeten goed in de gaten worden gehouden.</li>"
                "<li><strong>Oranje:</strong> gegevens uit experimenteel onderzoek en meldingen "
                "bij afzonderlijke patiënten. Wees voorzichtig met deze middelen en overleg met "
                "een specialist.</li>"
                "<li><strong>Rood:</strong> sterk en goed onderbouwd bewijs. Dat geldt maar voor "
                "een paar middelen. Ze zijn gecontra-indiceerd: ze mogen niet worden gebruikt.</li>"
                "</ul>"
                "<p>De lijst wordt elk halfjaar herzien. Hij is er in het Engels, het Frans en het "
                "Nederlands.</p>"
                "<h2>Let op</h2>"
                "<ul>"
                "<li>Staat een geneesmiddel niet op de lijst? Dan betekent dat niet dat het veilig "
                "is voor u.</li>"
                "<li>Stop nooit met een geneesmiddel en verander nooit iets aan het gebruik zonder "
                "eerst met uw arts te overleggen.</li>"
                "<li>De lijst geeft informatie. Het is geen recept en het vervangt geen medisch "
                "advies.</li>"
                "</ul>"
                "<p>Binnenkort kunt u de lijst hier op deze website doorzoeken.</p>"
            ),
        },
    },
    {
        "key": "registry",
        "template": "pages/page.html",
        "en": {
            "title": "Patient registry",
            "slug": "registry",
            "menu_title": "Registry",
            "meta_description": (
                "IMP's worldwide patient registry is owned by patients, non-clinical, and used for "
                "research only with your explicit permission."
            ),
            "body": (
                "<p>Together with our members, IMP is building a worldwide registry of people with "
                "mitochondrial disease.</p>"
                "<p>This registry is <strong>owned by patients</strong>. It is not a medical file "
                "kept by a hospital or a doctor. Patients and families give the information "
                "themselves.</p>"
                "<h2>Why it matters</h2>"
                "<p>Mito is rare, and every story is different. When many people share their "
                "information, we learn much more about the disease and about daily life with "
                "it.</p>"
                "<h2>Your data, your choice</h2>"
                "<p>Researchers may only use your data if you give them your explicit permission. "
                "You stay in control.</p>"
                "<h2>Who runs it</h2>"
                "<p>A steering committee within IMP runs the registry. It reports to the IMP board "
                "on a regular basis.</p>"
                "<p>IMP also works with GENOMIT, the Global Mitochondrial Disease Patient "
                "Registry. It opens country by country, starting with Italy.</p>"
                "<p>Soon you will be able to join the registry online, through this website.</p>"
            ),
        },
        "fr": {
            "title": "Registre des patients",
            "slug": "registre",
            "menu_title": "Registre",
            "meta_description": (
                "Le registre mondial d'IMP appartient aux patients, n'est pas clinique et ne sert "
                "la recherche qu'avec votre accord explicite."
            ),
            "body": (
                "<p>Avec ses membres, IMP construit un registre mondial des personnes atteintes "
                "d'une maladie mitochondriale.</p>"
                "<p>Ce registre <strong>appartient aux patients</strong>. Ce n'est pas un dossier "
                "médical tenu par un hôpital ou un médecin. Ce sont les patients et leurs familles "
                "qui donnent eux-mêmes les informations.</p>"
                "<h2>Pourquoi c'est important</h2>"
                "<p>Les maladies mitochondriales sont rares, et chaque histoire est différente. "
                "Quand beaucoup de personnes partagent leurs informations, nous en apprenons bien "
                "plus sur la maladie et sur la vie de tous les jours avec elle.</p>"
                "<h2>Vos données, votre choix</h2>"
                "<p>Les chercheurs ne peuvent utiliser vos données qu'avec votre accord explicite. "
                "C'est vous qui décidez.</p>"
                "<h2>Qui s'en occupe</h2>"
                "<p>Un comité de pilotage au sein d'IMP gère le registre. Il rend régulièrement "
                "compte au conseil d'administration d'IMP.</p>"
                "<p>IMP travaille aussi avec GENOMIT, le registre mondial des patients atteints de "
                "maladies mitochondriales. Il ouvre pays par pays, en commençant par l'Italie.</p>"
                "<p>Vous pourrez bientôt vous inscrire au registre en ligne, sur ce site.</p>"
            ),
        },
        "nl": {
            "title": "Patiëntenregister",
            "slug": "register",
            "menu_title": "Register",
            "meta_description": (
                "Het wereldwijde register van IMP is van patiënten zelf, niet-klinisch, en dient "
                "alleen onderzoek met uw uitdrukkelijke toestemming."
            ),
            "body": (
                "<p>Samen met onze leden bouwt IMP aan een wereldwijd register van mensen met een "
                "mitochondriële ziekte.</p>"
                "<p>Dit register is <strong>van de patiënten zelf</strong>. Het is geen medisch "
                "dossier van een ziekenhuis of een arts. Patiënten en hun families geven de "
                "gegevens zelf door.</p>"
                "<h2>Waarom dit belangrijk is</h2>"
                "<p>Mitochondriële ziekten zijn zeldzaam en ieder verhaal is anders. Als veel "
                "mensen hun gegevens delen, leren we veel meer over de ziekte en over het "
                "dagelijks leven ermee.</p>"
                "<h2>Uw gegevens, uw keuze</h2>"
                "<p>Onderzoekers mogen uw gegevens alleen gebruiken als u daar uitdrukkelijk "
                "toestemming voor geeft. U houdt zelf de regie.</p>"
                "<h2>Wie het register beheert</h2>"
                "<p>Een stuurgroep binnen IMP beheert het register. Die stuurgroep brengt "
                "regelmatig verslag uit aan het bestuur van IMP.</p>"
                "<p>IMP werkt ook samen met GENOMIT, het wereldwijde register voor mensen met een "
                "mitochondriële ziekte. Het gaat land voor land van start, te beginnen met "
                "Italië.</p>"
                "<p>Binnenkort kunt u zich via deze website online aanmelden voor het register.</p>"
            ),
        },
    },
    {
        "key": "community",
        "template": "pages/page.html",
        "en": {
            "title": "Community",
            "slug": "community",
            "menu_title": "Community",
            "meta_description": (
                "A list of Facebook groups where people with mitochondrial disease and their "
                "families meet, share experiences and support each other."
            ),
            "body": (
                "<p>Living with mito can feel lonely. Meeting others who understand can really "
                "help.</p>"
                "<p>IMP is gathering a list of Facebook groups for patients and families. All of "
                "them want to connect people touched by mitochondrial disease. They are a place to "
                "meet, ask questions and share what you have learned.</p>"
                "<h2>Many kinds of groups</h2>"
                "<ul><li>Some groups are about mito in general. Others focus on one disorder.</li>"
                "<li>Many groups use English. Others are led in another language, such as Italian, "
                "Spanish, Dutch or French.</li>"
                "<li>Some are run by individuals, others by patient organisations.</li>"
                "</ul>"
                "<p>IMP also runs its own closed Facebook group. Its members come from more than "
                "37 countries: patients as well as their families.</p>"
                "<p>The directory of groups will appear on this page soon. You will then also be "
                "able to suggest a group with a simple form.</p>"
            ),
        },
        "fr": {
            "title": "Communauté",
            "slug": "communaute",
            "menu_title": "Communauté",
            "meta_description": (
                "Des groupes Facebook où les personnes atteintes d'une maladie mitochondriale et "
                "leurs proches se rencontrent et s'entraident."
            ),
            "body": (
                "<p>Vivre avec une maladie mitochondriale peut isoler. Rencontrer des personnes "
                "qui comprennent fait du bien.</p>"
                "<p>IMP rassemble une liste de groupes Facebook pour les patients et leurs "
                "familles. Tous veulent relier les personnes touchées par une maladie "
                "mitochondriale. On peut s'y rencontrer, poser des questions et partager ce que "
                "l'on a appris.</p>"
                "<h2>Toutes sortes de groupes</h2>"
                "<ul>"
                "<li>Certains groupes parlent des maladies mitochondriales en général. D'autres se "
                "consacrent à une seule maladie.</li>"
                "<li>Beaucoup de groupes sont en anglais. D'autres fonctionnent surtout dans une "
                "autre langue, comme l'italien, l'espagnol, le néerlandais ou le français.</li>"
                "<li>Certains sont animés par des particuliers, d'autres par des associations de "
                "patients.</li>"
                "</ul>"
                "<p>IMP anime aussi son propre groupe Facebook fermé. Des patients et des familles "
                "de plus de 37 pays l'ont rejoint.</p>"
                "<p>L'annuaire des groupes sera bientôt disponible sur cette page. Vous pourrez "
                "alors aussi nous proposer un groupe grâce à un formulaire simple.</p>"
            ),
        },
        "nl": {
            "title": "Gemeenschap",
            "slug": "gemeenschap",
            "menu_title": "Gemeenschap",
            "meta_description": (
                "Facebookgroepen waar mensen met een mitochondriële ziekte en hun naasten elkaar "
                "ontmoeten, ervaringen delen en steunen."
            ),
            "body": (
                "<p>Leven met mito kan eenzaam zijn. Het helpt om anderen te ontmoeten die "
                "begrijpen wat u doormaakt.</p>"
                "<p>IMP verzamelt een lijst van Facebookgroepen voor patiënten en hun families. Al "
                "die groepen willen mensen verbinden die met een mitochondriële ziekte te maken "
                "hebben. U kunt er anderen ontmoeten, vragen stellen en delen wat u hebt "
                "geleerd.</p>"
                "<h2>Allerlei soorten groepen</h2>"
                "<ul><li>Sommige groepen gaan over mitochondriële ziekten in het algemeen. Andere "
                "richten zich op één aandoening.</li>"
                "<li>Veel groepen gebruiken het Engels. Andere hebben een andere voertaal, zoals "
                "Italiaans, Spaans, Nederlands of Frans.</li>"
                "<li>Sommige worden geleid door particulieren, andere door "
                "patiëntenorganisaties.</li>"
                "</ul>"
                "<p>IMP beheert ook een eigen besloten Facebookgroep. Patiënten en families uit "
                "meer dan 37 landen zijn er lid van.</p>"
                "<p>Het overzicht van groepen verschijnt binnenkort op deze pagina. Dan kunt u ook "
                "met een eenvoudig formulier een groep voorstellen.</p>"
            ),
        },
    },
    {
        "key": "contact",
        "template": "pages/two_column.html",
        "en": {
            "title": "Contact",
            "slug": "contact",
            "menu_title": "Contact",
            "meta_description": (
                "How to get in touch with International Mito Patients: through the patient "
                "organisation in your country or through the IMP board."
            ),
            "body": (
                "<h2>Start in your own country</h2>"
                "<p>IMP is a network of national patient organisations. In most cases, the best "
                "place to start is the mito patient organisation in your own country. It knows the "
                "local doctors, services and rules, and it speaks your language.</p>"
                "<h2>No organisation in your country?</h2>"
                "<p>Some countries do not have a national mito organisation yet. IMP then tries to "
                "be a link for you. We have done this for people in Poland, Brazil, Bulgaria, "
                "Pakistan and Algeria, among other countries.</p>"
                "<h2>Contacting the board</h2>"
                "<p>Do you have a question about IMP itself, for example about membership, "
                "cooperation or research? Then you can contact the IMP board. Your national "
                "organisation can pass on your message. A contact form will be added to this page "
                "soon.</p>"
            ),
            "aside": (
                "<h2>Before you write</h2>"
                "<ul><li>IMP cannot give medical advice about your own situation.</li>"
                "<li>For questions about your health or your medicines, please talk to your own "
                "doctor or specialist.</li>"
                "<li>In an emergency, call the emergency number of your country.</li>"
                "<li>Tell us which country you live in and which language you prefer.</li>"
                "</ul>"
            ),
        },
        "fr": {
            "title": "Contact",
            "slug": "contact",
            "menu_title": "Contact",
            "meta_description": (
                "Comment joindre International Mito Patients : par l'association de patients de "
                "votre pays ou par le conseil d'administration d'IMP."
            ),
            "body": (
                "<h2>Commencez dans votre pays</h2>"
                "<p>IMP est un réseau d'associations nationales de patients. Le plus souvent, le "
                "mieux est de vous adresser d'abord à l'association de votre pays. Elle connaît "
                "les médecins, les services et les règles sur place, et elle parle votre "
                "langue.</p>"
                "<h2>Pas d'association dans votre pays ?</h2>"
                "<p>Dans certains pays, il n'existe pas encore d'association nationale. IMP essaie "
                "alors de faire le lien pour vous. Nous l'avons fait, entre autres, pour des "
                "personnes en Pologne, au Brésil, en Bulgarie, au Pakistan et en Algérie.</p>"
                "<h2>Contacter le conseil d'administration</h2>"
                "<p>Vous avez une question sur IMP elle-même, par exemple sur l'adhésion, une "
                "collaboration ou la recherche ? Vous pouvez alors contacter le conseil "
                "d'administration d'IMP. Votre association nationale peut lui transmettre votre "
                "message. Un formulaire de contact sera bientôt ajouté à cette page.</p>"
            ),
            "aside": (
                "<h2>Avant de nous écrire</h2>"
                "<ul>"
                "<li>IMP ne peut pas donner d'avis médical sur votre situation personnelle.</li>"
                "<li>Pour toute question sur votre santé ou vos médicaments, parlez-en à votre "
                "médecin ou à votre spécialiste.</li>"
                "<li>En cas d'urgence, appelez le numéro d'urgence de votre pays.</li>"
                "<li>Dites-nous dans quel pays vous vivez et dans quelle langue vous préférez "
                "échanger.</li>"
                "</ul>"
            ),
        },
        "nl": {
            "title": "Contact",
            "slug": "contact",
            "menu_title": "Contact",
            "meta_description": (
                "Zo bereikt u International Mito Patients: via de patiëntenorganisatie in uw land "
                "of via het bestuur van IMP."
            ),
            "body": (
                "<h2>Begin in uw eigen land</h2>"
                "<p>IMP is een netwerk van nationale patiëntenorganisaties. Meestal kunt u het "
                "best eerst terecht bij de organisatie in uw eigen land. Die kent de artsen, de "
                "zorg en de regels daar, en spreekt uw taal.</p>"
                "<h2>Geen organisatie in uw land?</h2>"
                "<p>In sommige landen is er nog geen nationale organisatie. IMP probeert dan een "
                "brug voor u te slaan. Dat hebben we onder meer gedaan voor mensen in Polen, "
                "Brazilië, Bulgarije, Pakistan en Algerije.</p>"
                "<h2>Contact met het bestuur</h2>"
                "<p>Hebt u een vraag over IMP zelf, bijvoorbeeld over lidmaatschap, samenwerking "
                "of onderzoek? Dan kunt u contact opnemen met het bestuur van IMP. Uw nationale "
                "organisatie kan uw bericht doorgeven. Binnenkort komt er op deze pagina een "
                "contactformulier.</p>"
            ),
            "aside": (
                "<h2>Voordat u schrijft</h2>"
                "<ul><li>IMP kan geen medisch advies geven over uw persoonlijke situatie.</li>"
                "<li>Hebt u vragen over uw gezondheid of uw medicijnen? Bespreek ze met uw eigen "
                "arts of specialist.</li>"
                "<li>Bel bij nood het alarmnummer van uw land.</li>"
                "<li>Vertel ons in welk land u woont en in welke taal u het liefst contact "
                "hebt.</li>"
                "</ul>"
            ),
        },
    },
    {
        "key": "privacy",
        "template": "pages/page.html",
        "en": {
            "title": "Privacy statement",
            "slug": "privacy",
            "menu_title": "Privacy",
            "meta_description": (
                "What this website stores, which cookies it uses and what your rights are. No "
                "tracking, no advertising, no analytics."
            ),
            "body": (
                "<p>We respect your privacy. This page explains in plain words what this website "
                "stores.</p>"
                "<h2>Cookies</h2>"
                "<p>This website only uses the cookies it needs to work:</p>"
                "<ul><li>a cookie that remembers your language and your chosen text size;</li>"
                "<li>a session cookie for editors who log in to update the website.</li>"
                "</ul>"
                "<p>We do not use tracking or advertising cookies. We do not use analytics tools "
                "to follow your visit either.</p>"
                "<h2>The patient registry</h2>"
                "<p>When the registry opens on this website, it will hold information about "
                "health. That is sensitive data. We will handle it under the European data "
                "protection rules (GDPR), and only with your explicit consent. You will be able to "
                "withdraw your consent at any time.</p>"
                "<h2>Your rights</h2>"
                "<p>You have the right to see the data we hold about you, to have it corrected and "
                "to have it erased. To use these rights, contact IMP through your national member "
                "organisation or through the IMP board.</p>"
            ),
        },
        "fr": {
            "title": "Déclaration de confidentialité",
            "slug": "confidentialite",
            "menu_title": "Confidentialité",
            "meta_description": (
                "Ce que ce site enregistre, les cookies qu'il utilise et vos droits. Pas de suivi, "
                "pas de publicité, pas de mesure d'audience."
            ),
            "body": (
                "<p>Nous respectons votre vie privée. Cette page explique simplement ce que ce "
                "site enregistre.</p>"
                "<h2>Cookies</h2>"
                "<p>Ce site n'utilise que les cookies dont il a besoin pour fonctionner :</p>"
                "<ul><li>un cookie qui retient votre langue et la taille de texte que vous avez "
                "choisie ;</li>"
                "<li>un cookie de session pour les rédacteurs qui se connectent pour mettre le "
                "site à jour.</li>"
                "</ul>"
                "<p>Nous n'utilisons pas de cookies de suivi ni de cookies publicitaires. Nous "
                "n'utilisons pas non plus d'outil de mesure d'audience pour suivre votre "
                "visite.</p>"
                "<h2>Le registre des patients</h2>"
                "<p>Quand le registre ouvrira sur ce site, il contiendra des informations sur la "
                "santé. Ce sont des données sensibles. Nous les traiterons selon les règles "
                "européennes de protection des données (RGPD), et uniquement avec votre "
                "consentement explicite. Vous pourrez retirer ce consentement à tout moment.</p>"
                "<h2>Vos droits</h2>"
                "<p>Vous avez le droit de consulter les données que nous détenons sur vous, de les "
                "faire corriger et de les faire effacer. Pour exercer ces droits, contactez IMP "
                "par l'intermédiaire de votre association nationale ou du conseil d'administration "
                "d'IMP.</p>"
            ),
        },
        "nl": {
            "title": "Privacyverklaring",
            "slug": "privacy",
            "menu_title": "Privacy",
            "meta_description": (
                "Wat deze website opslaat, welke cookies hij gebruikt en wat uw rechten zijn. Geen "
                "volgcookies, geen advertenties, geen analysetools."
            ),
            "body": (
                "<p>We gaan zorgvuldig om met uw privacy. Op deze pagina leest u in gewone woorden "
                "wat deze website opslaat.</p>"
                "<h2>Cookies</h2>"
                "<p>Deze website gebruikt alleen de cookies die nodig zijn om de site te laten "
                "werken:</p>"
                "<ul><li>een cookie die uw taal en de gekozen tekstgrootte onthoudt;</li>"
                "<li>een sessiecookie voor redacteuren die inloggen om de website bij te "
                "werken.</li>"
                "</ul>"
                "<p>We gebruiken geen cookies die u volgen of advertenties tonen. We gebruiken ook "
                "geen analysetools om uw bezoek te volgen.</p>"
                "<h2>Het patiëntenregister</h2>"
                "<p>Zodra het register op deze website opengaat, bevat het gegevens over "
                "gezondheid. Dat zijn gevoelige gegevens. We behandelen ze volgens de Europese "
                "privacyregels (AVG), en alleen met uw uitdrukkelijke toestemming. U kunt die "
                "toestemming altijd weer intrekken.</p>"
                "<h2>Uw rechten</h2>"
                "<p>U hebt het recht om de gegevens die we over u hebben in te zien, te laten "
                "verbeteren en te laten wissen. Wilt u dat? Neem dan contact op met IMP via uw "
                "nationale lidorganisatie of via het bestuur van IMP.</p>"
            ),
        },
    },
]

# Projects: each has funding and a responsible body. status is one of "planned", "running",
# "completed". Dates are set only where the seed texts support them: the quality-of-life study
# ends with the doctoral thesis presented in November 2022 (day unknown, the 1st is used).
PROJECTS = [
    {
        "status": "running",
        "start_date": None,
        "end_date": None,
        "en": {
            "title": "Worldwide patient registry",
            "slug": "worldwide-patient-registry",
            "summary": (
                "A worldwide, non-clinical registry owned by people with mitochondrial disease. It "
                "helps us learn more about the disease and about daily life with it."
            ),
            "body": (
                "<p>IMP is building a registry of people with mitochondrial disease all over the "
                "world. It belongs to patients and their families. It is not a clinical file kept "
                "by a hospital.</p>"
                "<p>The aim is to gain more insight into mito, and a better understanding of the "
                "people who live with it. Researchers may only use the data when the patient has "
                "given explicit permission.</p>"
                "<p>This is an ambitious project. A steering committee within IMP carries it out. "
                "The committee reports to the IMP board on a regular basis.</p>"
                "<p>IMP works together with GENOMIT, the Global Mitochondrial Disease Patient "
                "Registry. It opens country by country. The Italian portal, prepared with the "
                "Italian patient organisation Mitocon, comes first. Other countries plan to "
                "follow.</p>"
            ),
            "funding_source": "Separate project funding, sought by IMP",
            "responsible_body": "The registry steering committee, reporting to the IMP board",
            "partners": (
                "GENOMIT Global Mitochondrial Disease Patient Registry; Mitocon (Italy); IMP "
                "member organisations"
            ),
            "outcome": (
                "Expected: a growing source of knowledge, owned by patients, that researchers can "
                "use, always with each patient's explicit permission."
            ),
        },
        "fr": {
            "title": "Registre mondial des patients",
            "slug": "registre-mondial-des-patients",
            "summary": (
                "Un registre mondial et non clinique, qui appartient aux personnes atteintes d'une "
                "maladie mitochondriale. Il nous aide à mieux connaître la maladie et la vie de "
                "tous les jours avec elle."
            ),
            "body": (
                "<p>IMP construit un registre des personnes atteintes d'une maladie mitochondriale "
                "dans le monde entier. Il appartient aux patients et à leurs familles. Ce n'est "
                "pas un dossier clinique tenu par un hôpital.</p>"
                "<p>Le but est de mieux connaître les maladies mitochondriales et de mieux "
                "comprendre les personnes qui vivent avec elles. Les chercheurs ne peuvent "
                "utiliser les données qu'avec l'accord explicite du patient.</p>"
                "<p>C'est un projet ambitieux. Un comité de pilotage au sein d'IMP le met en "
                "œuvre. Ce comité rend régulièrement compte au conseil d'administration d'IMP.</p>"
                "<p>IMP travaille avec GENOMIT, le registre mondial des patients atteints de "
                "maladies mitochondriales (Global Mitochondrial Disease Patient Registry). Il "
                "ouvre pays par pays. Le portail italien, préparé avec l'association italienne de "
                "patients Mitocon, ouvre la voie. D'autres pays prévoient de suivre.</p>"
            ),
            "funding_source": "Un financement propre au projet, recherché par IMP",
            "responsible_body": (
                "Le comité de pilotage du registre, qui rend compte au conseil d'administration "
                "d'IMP"
            ),
            "partners": (
                "GENOMIT, registre mondial des patients atteints de maladies mitochondriales ; "
                "Mitocon (Italie) ; les associations membres d'IMP"
            ),
            "outcome": (
                "Attendu : une source de connaissances qui grandit, qui appartient aux patients et "
                "qui sert la recherche, toujours avec l'accord explicite de chacun."
            ),
        },
        "nl": {
            "title": "Wereldwijd patiëntenregister",
            "slug": "wereldwijd-patientenregister",
            "summary": (
                "Een wereldwijd, niet-klinisch register dat van mensen met een mitochondriële "
                "ziekte zelf is. Het helpt ons meer te leren over de ziekte en over het dagelijks "
                "leven ermee."
            ),
            "body": (
                "<p>IMP bouwt aan een register van mensen met een mitochondriële ziekte over de "
                "hele wereld. Het is van de patiënten en hun families. Het is geen klinisch "
                "dossier van een ziekenhuis.</p>"
                "<p>Het doel is meer inzicht in mitochondriële ziekten en meer begrip voor de "
                "mensen die ermee leven. Onderzoekers mogen de gegevens alleen gebruiken met "
                "uitdrukkelijke toestemming van de patiënt.</p>"
                "<p>Het is een ambitieus project. Een stuurgroep binnen IMP voert het uit. Die "
                "stuurgroep brengt regelmatig verslag uit aan het bestuur van IMP.</p>"
                "<p>IMP werkt samen met GENOMIT, het wereldwijde patiëntenregister voor "
                "mitochondriële ziekten (Global Mitochondrial Disease Patient Registry). Het gaat "
                "land voor land van start. Het Italiaanse portaal, voorbereid met de Italiaanse "
                "patiëntenorganisatie Mitocon, is als eerste aan de beurt. Andere landen willen "
                "volgen.</p>"
            ),
            "funding_source": "Aparte projectfinanciering, gezocht door IMP",
            "responsible_body": (
                "De stuurgroep van het register, die verslag uitbrengt aan het bestuur van IMP"
            ),
            "partners": (
                "GENOMIT, het wereldwijde patiëntenregister voor mitochondriële ziekten; Mitocon "
                "(Italië); de lidorganisaties van IMP"
            ),
            "outcome": (
                "Verwacht: een groeiende kennisbron van patiënten zelf, die onderzoekers kunnen "
                "gebruiken, altijd met uitdrukkelijke toestemming van elke patiënt."
            ),
        },
    },
    {
        "status": "completed",
        "start_date": None,
        "end_date": None,
        "en": {
            "title": "International quality-of-life study",
            "slug": "international-quality-of-life-study",
            "summary": (
                "An international online study on daily life with mitochondrial disease. A pilot "
                "in Germany was followed by a study in the Netherlands that led to practical "
                "support for patients."
            ),
            "body": (
                "<p>How does mitochondrial disease shape everyday life? To find out, IMP set up an "
                "international online study with a well-known German institute for psychological "
                "research.</p>"
                "<p>The first step was a pilot in Germany. DGM, the German member organisation of "
                "IMP, paid for it. Its results were due to be published in 2018.</p>"
                "<p>Those results laid the ground for a follow-up study in the Netherlands. It "
                "looked at other sides of life with mito, and so added new knowledge. A large "
                "grant from a Dutch patient foundation, the Prinses Beatrix Spierfonds, made it "
                "possible. IMP gave input all along, for example on the design of the study and on "
                "finding participants.</p>"
                "<p>The aim was to develop ways to help patients cope with their disease in daily "
                "life. One result is PowerME, a programme that supports the mental health of young "
                "people aged 8 to 18. In November 2022, a doctoral thesis on cognition and mental "
                "health in people with mito, both young and old, was presented at Radboud "
                "university medical center in Nijmegen.</p>"
            ),
            "funding_source": (
                "DGM, the German member organisation (pilot); a grant from the Prinses Beatrix "
                "Spierfonds, a Dutch patient foundation (follow-up study)"
            ),
            "responsible_body": (
                "IMP, working closely with the research teams in Germany and the Netherlands"
            ),
            "partners": (
                "A German institute for psychological research; Radboud university medical center, "
                "Nijmegen; DGM (Germany)"
            ),
            "outcome": (
                "New insight into daily life with mito, and interventions such as PowerME that "
                "help patients manage their disease day by day."
            ),
        },
        "fr": {
            "title": "Étude internationale sur la qualité de vie",
            "slug": "etude-internationale-sur-la-qualite-de-vie",
            "summary": (
                "Une étude internationale en ligne sur la vie de tous les jours avec une maladie "
                "mitochondriale. Un projet pilote en Allemagne a été suivi d'une étude aux "
                "Pays-Bas, qui a débouché sur un soutien concret aux patients."
            ),
            "body": (
                "<p>Quelle place une maladie mitochondriale prend-elle dans la vie de tous les "
                "jours ? Pour le savoir, IMP a lancé une étude internationale en ligne avec un "
                "institut allemand de recherche en psychologie reconnu.</p>"
                "<p>La première étape était un projet pilote en Allemagne. Il a été financé par la "
                "DGM, l'association membre d'IMP en Allemagne. Ses résultats devaient être publiés "
                "en 2018.</p>"
                "<p>Ces résultats ont servi de base à une étude de suivi aux Pays-Bas. Elle s'est "
                "penchée sur d'autres aspects de la vie avec la maladie et a ainsi apporté de "
                "nouvelles connaissances. Une importante subvention d'une fondation néerlandaise "
                "de patients, le Prinses Beatrix Spierfonds, l'a rendue possible. IMP y a "
                "contribué du début à la fin, par exemple pour la conception de l'étude et le "
                "recrutement des participants.</p>"
                "<p>Le but était de trouver des moyens d'aider les patients à faire face à leur "
                "maladie au quotidien. L'un des résultats est PowerME, un programme qui soutient "
                "la santé mentale des jeunes de 8 à 18 ans. En novembre 2022, une thèse de "
                "doctorat sur les capacités cognitives et la santé mentale des enfants et des "
                "adultes atteints d'une maladie mitochondriale a été présentée au centre médical "
                "universitaire Radboud, à Nimègue.</p>"
            ),
            "funding_source": (
                "La DGM, association membre allemande (projet pilote) ; une subvention du Prinses "
                "Beatrix Spierfonds, fondation néerlandaise de patients (étude de suivi)"
            ),
            "responsible_body": (
                "IMP, en lien étroit avec les équipes de recherche en Allemagne et aux Pays-Bas"
            ),
            "partners": (
                "Un institut allemand de recherche en psychologie ; le centre médical "
                "universitaire Radboud, Nimègue ; la DGM (Allemagne)"
            ),
            "outcome": (
                "Une meilleure connaissance de la vie quotidienne avec la maladie, et des "
                "interventions comme PowerME qui aident les patients à gérer leur maladie au jour "
                "le jour."
            ),
        },
        "nl": {
            "title": "Internationaal onderzoek naar kwaliteit van leven",
            "slug": "internationaal-onderzoek-naar-kwaliteit-van-leven",
            "summary": (
                "Een internationaal online onderzoek naar het dagelijks leven met een "
                "mitochondriële ziekte. Na een proefonderzoek in Duitsland volgde een onderzoek in "
                "Nederland, dat praktische steun voor patiënten opleverde."
            ),
            "body": (
                "<p>Wat betekent een mitochondriële ziekte voor het dagelijks leven? Om dat te "
                "weten te komen, zette IMP een internationaal online onderzoek op, samen met een "
                "gerenommeerd Duits instituut voor psychologisch onderzoek.</p>"
                "<p>Het begon met een proefonderzoek in Duitsland. Dat werd betaald door DGM, de "
                "Duitse lidorganisatie van IMP. De resultaten zouden in 2018 worden "
                "gepubliceerd.</p>"
                "<p>Die resultaten vormden de basis voor een vervolgonderzoek in Nederland. Dat "
                "keek naar andere kanten van het leven met mito en voegde zo nieuwe kennis toe. "
                "Een grote subsidie van het Prinses Beatrix Spierfonds, een Nederlands "
                "patiëntenfonds, maakte het mogelijk. IMP dacht de hele tijd mee, bijvoorbeeld "
                "over de opzet van het onderzoek en het werven van deelnemers.</p>"
                "<p>Het doel was om patiënten te helpen hun ziekte een plek te geven in het "
                "dagelijks leven. Eén van de resultaten is PowerME, een programma dat de mentale "
                "gezondheid van jongeren van 8 tot 18 jaar ondersteunt. In november 2022 werd aan "
                "het Radboudumc in Nijmegen een proefschrift verdedigd over het denkvermogen en de "
                "mentale gezondheid van kinderen en volwassenen met een mitochondriële ziekte.</p>"
            ),
            "funding_source": (
                "DGM, de Duitse lidorganisatie (proefonderzoek); een subsidie van het Prinses "
                "Beatrix Spierfonds, een Nederlands patiëntenfonds (vervolgonderzoek)"
            ),
            "responsible_body": (
                "IMP, in nauwe samenwerking met de onderzoeksteams in Duitsland en Nederland"
            ),
            "partners": (
                "Een Duits instituut voor psychologisch onderzoek; Radboudumc, Nijmegen; DGM "
                "(Duitsland)"
            ),
            "outcome": (
                "Meer inzicht in het dagelijks leven met mito, en interventies zoals PowerME die "
                "patiënten helpen om dag in dag uit met hun ziekte om te gaan."
            ),
        },
    },
    {
        "status": "running",
        "start_date": None,
        "end_date": None,
        "en": {
            "title": "List of potentially harmful drugs",
            "slug": "list-of-potentially-harmful-drugs",
            "summary": (
                "A medically checked list of drugs that may be harmful for people with "
                "mitochondrial disease, kept up to date with experts in Nijmegen."
            ),
            "body": (
                "<p>Some medicines can disturb the way mitochondria work. For people with mito, "
                "they may bring a higher risk of side effects. IMP publishes a list of these "
                "drugs, so that patients and their doctors can make well-informed choices.</p>"
                "<p>The list is checked for medical correctness. IMP keeps it up to date, working "
                "hand in hand with the Radboud Center for Mitochondrial Medicine in Nijmegen. Many "
                "visitors use it, and it has proven its value.</p>"
                "<p>To make the list even better, IMP planned a workshop in 2018 with a small "
                "group of specialists in mitochondrial medicine and pharmacology. The goal was to "
                "bring together the latest science and experience from daily practice.</p>"
                "<p>In February 2020, a new list based on an international consensus of experts "
                "replaced the older colour table. Each drug or group of drugs is marked yellow, "
                "orange or red, depending on how strong the evidence is. The list is revised every "
                "six months and published in English, French and Dutch.</p>"
            ),
            "funding_source": "Separate project funding, sought by IMP",
            "responsible_body": (
                "The IMP board, with medical review by the Radboud Center for Mitochondrial "
                "Medicine in Nijmegen"
            ),
            "partners": (
                "Radboud Center for Mitochondrial Medicine, Nijmegen; specialists in mitochondrial "
                "medicine and pharmacology"
            ),
            "outcome": (
                "A trusted list, revised every six months, that gives patients good and thorough "
                "information to discuss with their doctor."
            ),
        },
        "fr": {
            "title": "Liste des médicaments potentiellement dangereux",
            "slug": "liste-des-medicaments-potentiellement-dangereux",
            "summary": (
                "Une liste, vérifiée sur le plan médical, des médicaments qui peuvent être "
                "dangereux en cas de maladie mitochondriale. Elle est tenue à jour avec des "
                "experts de Nimègue."
            ),
            "body": (
                "<p>Certains médicaments peuvent perturber le fonctionnement des mitochondries. "
                "Chez les personnes atteintes d'une maladie mitochondriale, ils peuvent augmenter "
                "le risque d'effets indésirables. IMP publie une liste de ces médicaments, pour "
                "que les patients et leurs médecins puissent faire des choix éclairés.</p>"
                "<p>L'exactitude médicale de la liste est vérifiée. IMP la tient à jour en étroite "
                "collaboration avec le Radboud Center for Mitochondrial Medicine, à Nimègue. "
                "Beaucoup de visiteurs la consultent, et elle a fait ses preuves.</p>"
                "<p>Pour l'améliorer encore, IMP avait prévu d'organiser un atelier en 2018 avec "
                "un petit groupe de spécialistes de la médecine mitochondriale et de la "
                "pharmacologie. Le but était de réunir les dernières connaissances scientifiques "
                "et l'expérience du terrain.</p>"
                "<p>En février 2020, une nouvelle liste, fondée sur un consensus international "
                "d'experts, a remplacé l'ancien tableau en couleurs. Chaque médicament ou groupe "
                "de médicaments est classé en jaune, en orange ou en rouge, selon la force des "
                "preuves. La liste est révisée tous les six mois et publiée en anglais, en "
                "français et en néerlandais.</p>"
            ),
            "funding_source": "Un financement propre au projet, recherché par IMP",
            "responsible_body": (
                "Le conseil d'administration d'IMP, avec une relecture médicale par le Radboud "
                "Center for Mitochondrial Medicine de Nimègue"
            ),
            "partners": (
                "Radboud Center for Mitochondrial Medicine, Nimègue ; des spécialistes de la "
                "médecine mitochondriale et de la pharmacologie"
            ),
            "outcome": (
                "Une liste fiable, révisée tous les six mois, qui donne aux patients des "
                "informations solides et complètes à discuter avec leur médecin."
            ),
        },
        "nl": {
            "title": "Lijst van mogelijk schadelijke geneesmiddelen",
            "slug": "lijst-van-mogelijk-schadelijke-geneesmiddelen",
            "summary": (
                "Een medisch gecontroleerde lijst van geneesmiddelen die schadelijk kunnen zijn "
                "bij een mitochondriële ziekte, bijgehouden samen met experts in Nijmegen."
            ),
            "body": (
                "<p>Sommige geneesmiddelen kunnen de werking van mitochondriën verstoren. Bij "
                "mensen met een mitochondriële ziekte geven ze mogelijk meer kans op bijwerkingen. "
                "IMP publiceert een lijst van deze middelen. Zo kunnen patiënten en hun artsen "
                "weloverwogen keuzes maken.</p>"
                "<p>De lijst wordt gecontroleerd op medische juistheid. IMP houdt hem bij in nauwe "
                "samenwerking met het Radboud Centrum voor Mitochondriële Geneeskunde in Nijmegen. "
                "Veel bezoekers raadplegen de lijst, en hij heeft zijn waarde bewezen.</p>"
                "<p>Om de lijst nog beter te maken, wilde IMP in 2018 een workshop organiseren met "
                "een kleine groep specialisten in mitochondriële geneeskunde en farmacologie. Het "
                "doel was de nieuwste wetenschap te combineren met ervaring uit de praktijk.</p>"
                "<p>In februari 2020 verving een nieuwe lijst, gebaseerd op een internationale "
                "consensus van experts, de oudere kleurentabel. Elk geneesmiddel of elke groep "
                "geneesmiddelen krijgt de kleur geel, oranje of rood, afhankelijk van hoe sterk "
                "het bewijs is. De lijst wordt elk halfjaar herzien en verschijnt in het Engels, "
                "het Frans en het Nederlands.</p>"
            ),
            "funding_source": "Aparte projectfinanciering, gezocht door IMP",
            "responsible_body": (
                "Het bestuur van IMP, met medische controle door het Radboud Centrum voor "
                "Mitochondriële Geneeskunde in Nijmegen"
            ),
            "partners": (
                "Radboud Centrum voor Mitochondriële Geneeskunde, Nijmegen; specialisten in "
                "mitochondriële geneeskunde en farmacologie"
            ),
            "outcome": (
                "Een betrouwbare lijst, elk halfjaar herzien, die patiënten goede en grondige "
                "informatie geeft om met hun arts te bespreken."
            ),
        },
    },
]

# Continuous activities, funded from the running budget. category is one of:
# "awareness", "research", "advocacy", "patient_support", "organisation".
ACTIVITIES = [
    {
        "category": "awareness",
        "order": 1,
        "en": {
            "title": "Global Mitochondrial Disease Awareness Week",
            "slug": "global-mitochondrial-disease-awareness-week",
            "summary": (
                "Every year, IMP coordinates a worldwide week that draws attention to "
                "mitochondrial disease, with Light Up for Mito as part of it."
            ),
            "body": (
                "<p>IMP manages the Global Mitochondrial Disease Awareness Week. It is a campaign "
                "that takes place all around the world at the same time.</p>"
                "<p>Light Up for Mito is part of the week. Buildings and landmarks light up to put "
                "mito in the spotlight.</p>"
                "<p>Member organisations take part in their own countries. Together, our voice is "
                "louder.</p>"
            ),
            "frequency": "Every year",
        },
        "fr": {
            "title": "Semaine mondiale de sensibilisation aux maladies mitochondriales",
            "slug": "semaine-mondiale-de-sensibilisation-aux-maladies-mitochondriales",
            "summary": (
                "Chaque année, IMP coordonne une semaine mondiale pour faire connaître les "
                "maladies mitochondriales, avec notamment Light Up for Mito."
            ),
            "body": (
                "<p>IMP gère la Global Mitochondrial Disease Awareness Week, la semaine mondiale "
                "de sensibilisation aux maladies mitochondriales. C'est une campagne menée partout "
                "dans le monde en même temps.</p>"
                "<p>Light Up for Mito fait partie de cette semaine. Des bâtiments et des monuments "
                "s'illuminent pour mettre les maladies mitochondriales en lumière.</p>"
                "<p>Les associations membres y participent dans leur propre pays. Ensemble, notre "
                "voix porte plus loin.</p>"
            ),
            "frequency": "Chaque année",
        },
        "nl": {
            "title": "Wereldwijde bewustwordingsweek voor mitochondriële ziekten",
            "slug": "wereldwijde-bewustwordingsweek-voor-mitochondriele-ziekten",
            "summary": (
                "Elk jaar coördineert IMP een wereldwijde week die aandacht vraagt voor "
                "mitochondriële ziekten, met onder meer Light Up for Mito."
            ),
            "body": (
                "<p>IMP beheert de Global Mitochondrial Disease Awareness Week, de wereldwijde "
                "bewustwordingsweek voor mitochondriële ziekten. Het is een campagne die overal "
                "ter wereld tegelijk loopt.</p>"
                "<p>Light Up for Mito hoort bij deze week. Gebouwen en bekende plekken worden "
                "verlicht om mito in de schijnwerpers te zetten.</p>"
                "<p>Lidorganisaties doen mee in hun eigen land. Samen klinkt onze stem luider.</p>"
            ),
            "frequency": "Elk jaar",
        },
    },
    {
        "category": "research",
        "order": 2,
        "en": {
            "title": "Networking with researchers and clinicians",
            "slug": "networking-with-researchers-and-clinicians",
            "summary": (
                "IMP builds lasting contacts with researchers and doctors, because patients and "
                "professionals learn from each other."
            ),
            "body": (
                "<p>Patients gain a lot from good contacts with researchers and doctors. And it "
                "works the other way round too: professionals learn a lot by listening to "
                "patients.</p>"
                "<p>That is why IMP keeps building its network. We go to conferences, make "
                "personal visits, support activities and organise meetings. We also take part in "
                "Euromit, a major international meeting on mitochondrial disease.</p>"
            ),
            "frequency": "Ongoing",
        },
        "fr": {
            "title": "Liens avec les chercheurs et les médecins",
            "slug": "liens-avec-les-chercheurs-et-les-medecins",
            "summary": (
                "IMP tisse des liens durables avec les chercheurs et les médecins, car patients et "
                "professionnels apprennent les uns des autres."
            ),
            "body": (
                "<p>Les patients ont beaucoup à gagner de bons contacts avec les chercheurs et les "
                "médecins. Et l'inverse est vrai aussi : les professionnels apprennent beaucoup en "
                "écoutant les patients.</p>"
                "<p>C'est pourquoi IMP développe sans cesse son réseau. Nous participons à des "
                "congrès, rendons des visites, soutenons des activités et organisons des "
                "rencontres. Nous prenons aussi part à Euromit, un grand rendez-vous international "
                "consacré aux maladies mitochondriales.</p>"
            ),
            "frequency": "En continu",
        },
        "nl": {
            "title": "Netwerk met onderzoekers en artsen",
            "slug": "netwerk-met-onderzoekers-en-artsen",
            "summary": (
                "IMP bouwt blijvende contacten op met onderzoekers en artsen, want patiënten en "
                "professionals leren van elkaar."
            ),
            "body": (
                "<p>Patiënten hebben veel aan goede contacten met onderzoekers en artsen. En dat "
                "geldt ook andersom: professionals leren veel door naar patiënten te luisteren.</p>"
                "<p>Daarom bouwt IMP voortdurend aan zijn netwerk. We gaan naar congressen, leggen "
                "persoonlijke bezoeken af, steunen activiteiten en organiseren bijeenkomsten. We "
                "doen ook mee aan Euromit, een grote internationale bijeenkomst over "
                "mitochondriële ziekten.</p>"
            ),
            "frequency": "Doorlopend",
        },
    },
    {
        "category": "research",
        "order": 3,
        "en": {
            "title": "Workshops with experts and industry",
            "slug": "workshops-with-experts-and-industry",
            "summary": (
                "IMP brings specialists, researchers and the pharmaceutical industry together to "
                "discuss questions that matter to people with mito."
            ),
            "body": (
                "<p>IMP organises and hosts workshops. Specialists in mitochondrial disease, "
                "researchers and people from the pharmaceutical industry sit down together there "
                "to discuss important questions.</p>"
                "<p>Some examples: agreeing on how to measure results in clinical trials for "
                "mitochondrial myopathy; sharing experience with the FDA in the United States and "
                "the EMA in Europe; and working on a new version of the list of potentially "
                "harmful drugs.</p>"
            ),
            "frequency": "When needed",
        },
        "fr": {
            "title": "Ateliers entre experts, chercheurs et industrie",
            "slug": "ateliers-entre-experts-chercheurs-et-industrie",
            "summary": (
                "IMP réunit des spécialistes, des chercheurs et l'industrie pharmaceutique autour "
                "de questions importantes pour les personnes atteintes de maladies mitochondriales."
            ),
            "body": (
                "<p>IMP organise et accueille des ateliers. Des spécialistes des maladies "
                "mitochondriales, des chercheurs et des représentants de l'industrie "
                "pharmaceutique s'y retrouvent pour discuter de questions importantes.</p>"
                "<p>Quelques exemples : se mettre d'accord sur la manière de mesurer les résultats "
                "des essais cliniques dans la myopathie mitochondriale ; partager l'expérience "
                "acquise avec la FDA aux États-Unis et l'EMA en Europe ; préparer une version à "
                "jour de la liste des médicaments potentiellement dangereux.</p>"
            ),
            "frequency": "Selon les besoins",
        },
        "nl": {
            "title": "Workshops met experts en industrie",
            "slug": "workshops-met-experts-en-industrie",
            "summary": (
                "IMP brengt specialisten, onderzoekers en de farmaceutische industrie samen rond "
                "vragen die belangrijk zijn voor mensen met mito."
            ),
            "body": (
                "<p>IMP organiseert en faciliteert workshops. Specialisten in mitochondriële "
                "ziekten, onderzoekers en mensen uit de farmaceutische industrie bespreken er "
                "samen belangrijke vragen.</p>"
                "<p>Enkele voorbeelden: afspraken maken over hoe je resultaten meet in klinische "
                "studies naar mitochondriële myopathie; ervaringen delen met de FDA in de "
                "Verenigde Staten en het EMA in Europa; en werken aan een nieuwe versie van de "
                "lijst van mogelijk schadelijke geneesmiddelen.</p>"
            ),
            "frequency": "Wanneer nodig",
        },
    },
    {
        "category": "advocacy",
        "order": 4,
        "en": {
            "title": "Patient voices at the European Medicines Agency",
            "slug": "patient-voices-at-the-european-medicines-agency",
            "summary": (
                "IMP helps patients with specific mitochondrial disorders tell the European "
                "Medicines Agency (EMA) about their daily lives."
            ),
            "body": (
                "<p>IMP helps the European Medicines Agency (EMA) to hear directly from patients. "
                "People living with specific mitochondrial disorders, such as MELAS, Leigh "
                "syndrome and MNGIE, give presentations about their lives.</p>"
                "<p>In this way, the authorities see what the disease means in daily life. And "
                "they understand why it is so important to develop and approve new medicines.</p>"
            ),
            "frequency": "When needed",
        },
        "fr": {
            "title": "La voix des patients auprès des autorités du médicament",
            "slug": "la-voix-des-patients-aupres-des-autorites-du-medicament",
            "summary": (
                "IMP aide des patients atteints de certaines maladies mitochondriales à raconter "
                "leur quotidien à l'Agence européenne des médicaments (EMA)."
            ),
            "body": (
                "<p>IMP aide l'Agence européenne des médicaments (EMA) à entendre directement les "
                "patients. Des personnes atteintes de maladies mitochondriales précises, comme le "
                "MELAS, le syndrome de Leigh ou le MNGIE, viennent y parler de leur vie.</p>"
                "<p>Les autorités voient ainsi ce que la maladie change au quotidien. Et elles "
                "comprennent pourquoi il est si important de mettre au point et d'autoriser de "
                "nouveaux médicaments.</p>"
            ),
            "frequency": "Selon les besoins",
        },
        "nl": {
            "title": "Patiënten aan het woord bij het EMA",
            "slug": "patienten-aan-het-woord-bij-het-ema",
            "summary": (
                "IMP helpt patiënten met bepaalde mitochondriële ziekten om het Europees "
                "Geneesmiddelenbureau (EMA) te vertellen over hun dagelijks leven."
            ),
            "body": (
                "<p>IMP helpt het Europees Geneesmiddelenbureau (EMA) om rechtstreeks van "
                "patiënten te horen. Mensen met bepaalde mitochondriële ziekten, zoals MELAS, het "
                "syndroom van Leigh en MNGIE, vertellen daar over hun leven.</p>"
                "<p>Zo zien de autoriteiten wat de ziekte in het dagelijks leven betekent. En ze "
                "begrijpen waarom het zo belangrijk is om nieuwe geneesmiddelen te ontwikkelen en "
                "toe te laten.</p>"
            ),
            "frequency": "Wanneer nodig",
        },
    },
    {
        "category": "research",
        "order": 5,
        "en": {
            "title": "Support for research grant applications",
            "slug": "support-for-research-grant-applications",
            "summary": (
                "IMP supports researchers who apply for grants to study mitochondrial disease. Our "
                "scientific committee advises the board on each request."
            ),
            "body": (
                "<p>Researchers who apply for funding to study mitochondrial disease can count on "
                "IMP. Our role differs from case to case. We may take charge of a work package, "
                "sit on an advisory committee or offer strategic support.</p>"
                "<p>IMP's scientific committee looks at each request and advises the board.</p>"
            ),
            "frequency": "Ongoing",
        },
        "fr": {
            "title": "Soutien aux demandes de financement de la recherche",
            "slug": "soutien-aux-demandes-de-financement-de-la-recherche",
            "summary": (
                "IMP soutient les chercheurs qui demandent des financements pour étudier les "
                "maladies mitochondriales. Notre comité scientifique donne son avis au conseil "
                "d'administration sur chaque demande."
            ),
            "body": (
                "<p>Les chercheurs qui demandent un financement pour étudier les maladies "
                "mitochondriales peuvent compter sur IMP. Notre rôle varie d'un cas à l'autre. "
                "Nous pouvons prendre en charge un lot de travail, siéger dans un comité "
                "consultatif ou apporter un soutien stratégique.</p>"
                "<p>Le comité scientifique d'IMP examine chaque demande et donne son avis au "
                "conseil d'administration.</p>"
            ),
            "frequency": "En continu",
        },
        "nl": {
            "title": "Steun bij subsidieaanvragen voor onderzoek",
            "slug": "steun-bij-subsidieaanvragen-voor-onderzoek",
            "summary": (
                "IMP steunt onderzoekers die subsidie aanvragen voor onderzoek naar mitochondriële "
                "ziekten. Onze wetenschappelijke commissie adviseert het bestuur over elke "
                "aanvraag."
            ),
            "body": (
                "<p>Onderzoekers die geld aanvragen voor onderzoek naar mitochondriële ziekten, "
                "kunnen op IMP rekenen. Onze rol verschilt per aanvraag. We kunnen "
                "verantwoordelijk zijn voor een werkpakket, zitting nemen in een adviescommissie "
                "of strategische steun bieden.</p>"
                "<p>De wetenschappelijke commissie van IMP bekijkt elke aanvraag en adviseert het "
                "bestuur.</p>"
            ),
            "frequency": "Doorlopend",
        },
    },
    {
        "category": "research",
        "order": 6,
        "en": {
            "title": "Training young scientists",
            "slug": "training-young-scientists",
            "summary": (
                "IMP supports European training networks, such as MORPH-O-FUNCTION, that prepare "
                "young scientists for work in mitochondrial medicine."
            ),
            "body": (
                "<p>The European Commission funds training networks for young scientists. These "
                "networks prepare them for work in mitochondrial medicine, from many different "
                "angles.</p>"
                "<p>IMP supports these networks: MEET in the past, and MORPH-O-FUNCTION today. "
                "Talking with patients helps researchers too, so we work closely with them. The "
                "young researchers of MEET even ran, danced, climbed and cycled to raise money for "
                "IMP.</p>"
            ),
            "frequency": "Ongoing",
        },
        "fr": {
            "title": "Formation des jeunes chercheurs",
            "slug": "formation-des-jeunes-chercheurs",
            "summary": (
                "IMP soutient des réseaux européens de formation, comme MORPH-O-FUNCTION, qui "
                "préparent de jeunes chercheurs à la médecine mitochondriale."
            ),
            "body": (
                "<p>La Commission européenne finance des réseaux de formation pour les jeunes "
                "chercheurs. Ces réseaux les préparent à travailler dans la médecine "
                "mitochondriale, sous de nombreux angles.</p>"
                "<p>IMP soutient ces réseaux : MEET par le passé, MORPH-O-FUNCTION aujourd'hui. Le "
                "dialogue avec les patients aide aussi les chercheurs, c'est pourquoi nous "
                "travaillons main dans la main avec eux. Les jeunes chercheurs de MEET ont même "
                "couru, dansé, grimpé et pédalé pour récolter des fonds pour IMP.</p>"
            ),
            "frequency": "En continu",
        },
        "nl": {
            "title": "Opleiding van jonge onderzoekers",
            "slug": "opleiding-van-jonge-onderzoekers",
            "summary": (
                "IMP steunt Europese opleidingsnetwerken, zoals MORPH-O-FUNCTION, die jonge "
                "onderzoekers voorbereiden op werk in de mitochondriële geneeskunde."
            ),
            "body": (
                "<p>De Europese Commissie financiert opleidingsnetwerken voor jonge onderzoekers. "
                "Die netwerken bereiden hen vanuit veel verschillende invalshoeken voor op werk in "
                "de mitochondriële geneeskunde.</p>"
                "<p>IMP steunt deze netwerken: vroeger MEET, nu MORPH-O-FUNCTION. Het gesprek met "
                "patiënten helpt ook onderzoekers verder, en daarom werken we nauw met hen samen. "
                "De jonge onderzoekers van MEET hebben zelfs hardgelopen, gedanst, geklommen en "
                "gefietst om geld in te zamelen voor IMP.</p>"
            ),
            "frequency": "Doorlopend",
        },
    },
    {
        "category": "advocacy",
        "order": 7,
        "en": {
            "title": "Patient advocacy in European Reference Networks",
            "slug": "patient-advocacy-in-european-reference-networks",
            "summary": (
                "IMP representatives speak up for people with mito in two European Reference "
                "Networks: EURO-NMD and MetabERN."
            ),
            "body": (
                "<p>European Reference Networks, or ERNs, are virtual networks that link "
                "healthcare providers across Europe. Two of them matter for people with mito: "
                "EURO-NMD for neuromuscular diseases and MetabERN for hereditary metabolic "
                "diseases.</p>"
                "<p>IMP representatives take part in the patient advocacy groups of these "
                "networks. There, they bring the voice of mito patients into European "
                "healthcare.</p>"
            ),
            "frequency": "Ongoing",
        },
        "fr": {
            "title": "Représentation des patients dans les réseaux européens de référence",
            "slug": "representation-des-patients-dans-les-reseaux-europeens-de-reference",
            "summary": (
                "Des représentants d'IMP défendent les personnes atteintes de maladies "
                "mitochondriales dans deux réseaux européens de référence : EURO-NMD et MetabERN."
            ),
            "body": (
                "<p>Les réseaux européens de référence (ERN) sont des réseaux virtuels qui relient "
                "des prestataires de soins dans toute l'Europe. Deux d'entre eux concernent les "
                "personnes atteintes de maladies mitochondriales : EURO-NMD, pour les maladies "
                "neuromusculaires, et MetabERN, pour les maladies métaboliques héréditaires.</p>"
                "<p>Des représentants d'IMP participent aux groupes de patients de ces réseaux. "
                "Ils y font entendre la voix des patients dans les soins de santé en Europe.</p>"
            ),
            "frequency": "En continu",
        },
        "nl": {
            "title": "Belangenbehartiging in Europese referentienetwerken",
            "slug": "belangenbehartiging-in-europese-referentienetwerken",
            "summary": (
                "Vertegenwoordigers van IMP komen op voor mensen met mito in twee Europese "
                "referentienetwerken: EURO-NMD en MetabERN."
            ),
            "body": (
                "<p>Europese referentienetwerken (ERN's) zijn virtuele netwerken die zorgverleners "
                "in heel Europa met elkaar verbinden. Twee daarvan zijn belangrijk voor mensen met "
                "mito: EURO-NMD voor neuromusculaire aandoeningen en MetabERN voor erfelijke "
                "stofwisselingsziekten.</p>"
                "<p>Vertegenwoordigers van IMP nemen deel aan de patiëntengroepen van deze "
                "netwerken. Zo brengen ze de stem van mensen met mito in de Europese zorg.</p>"
            ),
            "frequency": "Doorlopend",
        },
    },
    {
        "category": "patient_support",
        "order": 8,
        "en": {
            "title": "Contact point for patients without a national organisation",
            "slug": "contact-point-for-patients-without-a-national-organisation",
            "summary": (
                "Where there is no national mito organisation, IMP acts as a link for individual "
                "patients."
            ),
            "body": (
                "<p>Not every country has a patient organisation for mitochondrial disease. IMP is "
                "a point of contact for people with mito all over the world, especially where "
                "there is no national organisation to turn to.</p>"
                "<p>This is the case for patients in Poland, Brazil, Bulgaria, Pakistan and "
                "Algeria, among other countries.</p>"
            ),
            "frequency": "Ongoing",
        },
        "fr": {
            "title": "Point de contact pour les patients sans association nationale",
            "slug": "point-de-contact-pour-les-patients-sans-association-nationale",
            "summary": (
                "Là où il n'existe pas d'association nationale, IMP fait le lien pour les patients."
            ),
            "body": (
                "<p>Tous les pays n'ont pas d'association de patients pour les maladies "
                "mitochondriales. IMP est un point de contact pour les personnes concernées "
                "partout dans le monde, surtout là où il n'y a pas d'association nationale vers "
                "qui se tourner.</p>"
                "<p>C'est le cas, entre autres, pour des patients en Pologne, au Brésil, en "
                "Bulgarie, au Pakistan et en Algérie.</p>"
            ),
            "frequency": "En continu",
        },
        "nl": {
            "title": "Aanspreekpunt voor patiënten zonder nationale organisatie",
            "slug": "aanspreekpunt-voor-patienten-zonder-nationale-organisatie",
            "summary": (
                "Waar geen nationale organisatie voor mito bestaat, slaat IMP een brug voor "
                "individuele patiënten."
            ),
            "body": (
                "<p>Niet elk land heeft een patiëntenorganisatie voor mitochondriële ziekten. IMP "
                "is een aanspreekpunt voor mensen met mito over de hele wereld, vooral waar geen "
                "nationale organisatie is om op terug te vallen.</p>"
                "<p>Dat geldt onder meer voor patiënten in Polen, Brazilië, Bulgarije, Pakistan en "
                "Algerije.</p>"
            ),
            "frequency": "Doorlopend",
        },
    },
    {
        "category": "patient_support",
        "order": 9,
        "en": {
            "title": "Closed Facebook community",
            "slug": "closed-facebook-community",
            "summary": (
                "A closed Facebook group where people with mito and their families, from more than "
                "37 countries, swap information and experiences."
            ),
            "body": (
                "<p>IMP manages a closed Facebook group for people with mitochondrial disease and "
                "their families. Only members can see what is shared there.</p>"
                "<p>Its members come from more than 37 countries: patients as well as their "
                "families. They swap information and experiences, and they support each other.</p>"
            ),
            "frequency": "Ongoing",
        },
        "fr": {
            "title": "Communauté Facebook fermée",
            "slug": "communaute-facebook-fermee",
            "summary": (
                "Un groupe Facebook fermé où des patients et des familles de plus de 37 pays "
                "partagent informations et expériences."
            ),
            "body": (
                "<p>IMP anime un groupe Facebook fermé pour les personnes atteintes d'une maladie "
                "mitochondriale et leurs familles. Seuls les membres voient ce qui y est "
                "partagé.</p>"
                "<p>Des patients et des familles de plus de 37 pays l'ont rejoint. Ils échangent "
                "informations et expériences, et se soutiennent les uns les autres.</p>"
            ),
            "frequency": "En continu",
        },
        "nl": {
            "title": "Besloten Facebookgroep",
            "slug": "besloten-facebookgroep",
            "summary": (
                "Een besloten Facebookgroep waarin patiënten en families uit meer dan 37 landen "
                "informatie en ervaringen delen."
            ),
            "body": (
                "<p>IMP beheert een besloten Facebookgroep voor mensen met een mitochondriële "
                "ziekte en hun families. Alleen leden zien wat er wordt gedeeld.</p>"
                "<p>Patiënten en families uit meer dan 37 landen zijn lid geworden. Ze wisselen "
                "informatie en ervaringen uit en steunen elkaar.</p>"
            ),
            "frequency": "Doorlopend",
        },
    },
    {
        "category": "patient_support",
        "order": 10,
        "en": {
            "title": "Support for national campaigns",
            "slug": "support-for-national-campaigns",
            "summary": (
                "IMP helps member organisations with national campaigns and information days, and "
                "with information in several languages."
            ),
            "body": (
                "<p>When a member organisation needs a hand with a national campaign, IMP is there "
                "to help.</p>"
                "<p>We support national information days for patients. We also help to make "
                "information available in different languages.</p>"
            ),
            "frequency": "When needed",
        },
        "fr": {
            "title": "Soutien aux campagnes nationales",
            "slug": "soutien-aux-campagnes-nationales",
            "summary": (
                "IMP aide les associations membres pour leurs campagnes et leurs journées "
                "d'information nationales, et pour des informations en plusieurs langues."
            ),
            "body": (
                "<p>Quand une association membre a besoin d'un coup de main pour une campagne "
                "nationale, IMP est là.</p>"
                "<p>Nous soutenons les journées nationales d'information pour les patients. Nous "
                "aidons aussi à rendre l'information disponible en plusieurs langues.</p>"
            ),
            "frequency": "Selon les besoins",
        },
        "nl": {
            "title": "Steun voor nationale campagnes",
            "slug": "steun-voor-nationale-campagnes",
            "summary": (
                "IMP helpt lidorganisaties bij nationale campagnes en informatiedagen, en bij "
                "informatie in verschillende talen."
            ),
            "body": (
                "<p>Kan een lidorganisatie hulp gebruiken bij een nationale campagne? Dan staat "
                "IMP klaar.</p>"
                "<p>We steunen nationale informatiedagen voor patiënten. En we helpen om "
                "informatie in verschillende talen beschikbaar te maken.</p>"
            ),
            "frequency": "Wanneer nodig",
        },
    },
    {
        "category": "organisation",
        "order": 11,
        "en": {
            "title": "Contacts between member organisations",
            "slug": "contacts-between-member-organisations",
            "summary": (
                "IMP puts member organisations in touch with each other and keeps information "
                "flowing between them."
            ),
            "body": (
                "<p>IMP helps member organisations to get in touch with each other, one to one. In "
                "this way, they can learn from each other's experience.</p>"
                "<p>IMP is also a channel for communication and information between all "
                "members.</p>"
            ),
            "frequency": "Ongoing",
        },
        "fr": {
            "title": "Liens entre les associations membres",
            "slug": "liens-entre-les-associations-membres",
            "summary": (
                "IMP met les associations membres en relation et fait circuler l'information entre "
                "elles."
            ),
            "body": (
                "<p>IMP aide les associations membres à entrer en contact directement les unes "
                "avec les autres. Elles peuvent ainsi profiter de l'expérience des autres.</p>"
                "<p>IMP est aussi un canal de communication et d'information entre tous ses "
                "membres.</p>"
            ),
            "frequency": "En continu",
        },
        "nl": {
            "title": "Contact tussen lidorganisaties",
            "slug": "contact-tussen-lidorganisaties",
            "summary": (
                "IMP brengt lidorganisaties met elkaar in contact en zorgt dat informatie tussen "
                "hen blijft stromen."
            ),
            "body": (
                "<p>IMP helpt lidorganisaties om rechtstreeks met elkaar in contact te komen. Zo "
                "kunnen ze leren van elkaars ervaringen.</p>"
                "<p>IMP is ook een kanaal voor communicatie en informatie tussen alle leden.</p>"
            ),
            "frequency": "Doorlopend",
        },
    },
    {
        "category": "organisation",
        "order": 12,
        "en": {
            "title": "Internal organisation of IMP",
            "slug": "internal-organisation-of-imp",
            "summary": (
                "Behind the scenes, the board keeps IMP running, so that the network can do its "
                "work."
            ),
            "body": (
                "<p>A network needs a lot of organising behind the scenes. The board of IMP takes "
                "care of this internal organisation.</p>"
                "<p>The board puts the decisions of the member organisations into practice. It "
                "also manages the running budget that pays for our continuous activities.</p>"
            ),
            "frequency": "Ongoing",
        },
        "fr": {
            "title": "Organisation interne du réseau",
            "slug": "organisation-interne-du-reseau",
            "summary": (
                "En coulisses, le conseil d'administration fait tourner IMP, pour que le réseau "
                "puisse mener à bien son travail."
            ),
            "body": (
                "<p>Un réseau demande beaucoup d'organisation en coulisses. Le conseil "
                "d'administration d'IMP s'occupe de cette organisation interne.</p>"
                "<p>Il met en œuvre les décisions des associations membres. Il gère aussi le "
                "budget de fonctionnement qui finance nos activités permanentes.</p>"
            ),
            "frequency": "En continu",
        },
        "nl": {
            "title": "Interne organisatie van IMP",
            "slug": "interne-organisatie-van-imp",
            "summary": (
                "Achter de schermen zorgt het bestuur dat IMP goed draait, zodat het netwerk zijn "
                "werk kan doen."
            ),
            "body": (
                "<p>Een netwerk vraagt achter de schermen veel organisatie. Het bestuur van IMP "
                "zorgt voor die interne organisatie.</p>"
                "<p>Het bestuur voert de besluiten van de lidorganisaties uit. Het beheert ook de "
                "lopende begroting waaruit onze doorlopende activiteiten worden betaald.</p>"
            ),
            "frequency": "Doorlopend",
        },
    },
]

# Static aliases shown on every page. HTML. The header one is a one-line tagline (<p> only).
# The footer one: a short <p> about IMP (umbrella network, member of EURORDIS), and a <p> with a
# disclaimer that the site gives information, not medical advice.
ALIASES = {
    "header": {
        "en": "<p>Working together across borders for people with mitochondrial disease</p>",
        "fr": (
            "<p>Ensemble, par-delà les frontières, pour les personnes atteintes de maladies "
            "mitochondriales</p>"
        ),
        "nl": "<p>Samen over de grenzen heen, voor mensen met een mitochondriële ziekte</p>",
    },
    "footer": {
        "en": (
            "<p>International Mito Patients (IMP) is the worldwide umbrella network of national "
            "patient organisations for mitochondrial disease. IMP is a member of EURORDIS.</p>"
            "<p>This website gives general information. It is not medical advice. Always talk to "
            "your own doctor about your health and your medicines.</p>"
        ),
        "fr": (
            "<p>International Mito Patients (IMP) est le réseau mondial qui fédère les "
            "associations nationales de patients atteints de maladies mitochondriales. IMP est "
            "membre d'EURORDIS.</p>"
            "<p>Ce site donne des informations générales. Il ne remplace pas un avis médical. "
            "Parlez toujours de votre santé et de vos médicaments avec votre médecin.</p>"
        ),
        "nl": (
            "<p>International Mito Patients (IMP) is het wereldwijde overkoepelende netwerk van "
            "nationale patiëntenorganisaties voor mitochondriële ziekten. IMP is lid van "
            "EURORDIS.</p>"
            "<p>Deze website geeft algemene informatie, geen medisch advies. Bespreek uw "
            "gezondheid en uw medicijnen altijd met uw eigen arts.</p>"
        ),
    },
}
