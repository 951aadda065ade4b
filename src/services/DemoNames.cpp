#include "services/DemoNames.h"

#include <QHash>
#include <array>
#include <initializer_list>

namespace permanence::services::demo {
namespace {

using domain::Sex;

/// Name lists are written as plain ASCII literals and converted once: hundreds of
/// QStringLiteral wrappers would only add noise.
QList<QString> names(std::initializer_list<const char*> list)
{
    QList<QString> out;
    out.reserve(static_cast<qsizetype>(list.size()));
    for (const char* s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

enum Heritage
{
    British,
    Irish,
    Traveller,
    Romany,
    EastEuropean,
    Caribbean,
    African,
    Pakistani,
    Indian,
    Bangladeshi,
    Chinese,
    MiddleEastern,
    HeritageCount
};

struct NameList
{
    QList<QString> boys;
    QList<QString> girls;
    QList<QString> men;
    QList<QString> women;
    QList<QString> surnames;
};

const std::array<NameList, HeritageCount>& lists()
{
    static const std::array<NameList, HeritageCount> all = [] {
        std::array<NameList, HeritageCount> l;
        l[British] = {
            names({"Oliver",  "Jack",     "Harry",     "George", "Noah",     "Leo",    "Arthur",
                   "Oscar",   "Charlie",  "Frederick", "Alfie",  "Theodore", "Archie", "Henry",
                   "Jacob",   "Thomas",   "Joshua",    "Isaac",  "Finley",   "Riley",  "Mason",
                   "Tommy",   "Logan",    "Ethan",     "Reggie", "Louie",    "Ronnie", "Jaxon",
                   "Kai",     "Lucas",    "Max",       "Elijah", "Samuel",   "Daniel", "Alexander",
                   "William", "James",    "Edward",    "Callum", "Kian",     "Tyler",  "Dylan",
                   "Jenson",  "Harrison", "Albie",     "Brody",  "Bobby",    "Lewis",  "Connor",
                   "Aaron",   "Matthew",  "Benjamin"}),
            names({"Olivia",    "Amelia",   "Isla",      "Ava",      "Mia",     "Ivy",
                   "Lily",      "Florence", "Freya",     "Poppy",    "Ella",    "Evie",
                   "Sophia",    "Grace",    "Willow",    "Rosie",    "Sienna",  "Daisy",
                   "Phoebe",    "Millie",   "Harper",    "Ruby",     "Esme",    "Maisie",
                   "Matilda",   "Lola",     "Darcie",    "Eliza",    "Layla",   "Chloe",
                   "Megan",     "Holly",    "Skye",      "Leah",     "Erin",    "Bethany",
                   "Lacey",     "Summer",   "Elizabeth", "Isabella", "Jessica", "Katherine",
                   "Charlotte", "Emily",    "Scarlett",  "Amber",    "Hollie",  "Paige",
                   "Kayla",     "Abigail",  "Victoria",  "Eleanor"}),
            names({"David",    "Paul",    "Mark",  "Andrew", "Richard", "Stephen", "Christopher",
                   "Matthew",  "Michael", "James", "Daniel", "Simon",   "Gareth",  "Craig",
                   "Jonathan", "Ben",     "Tom",   "Rob",    "Neil",    "Lee",     "Adam",
                   "Liam",     "Ryan",    "Sam",   "Chris",  "Owen",    "Rhys",    "Jamie",
                   "Luke",     "Nathan",  "Gavin", "Stuart"}),
            names({"Sarah",    "Emma",      "Claire", "Rebecca", "Laura",    "Rachel",  "Hannah",
                   "Katie",    "Gemma",     "Lucy",   "Amy",     "Jennifer", "Nicola",  "Helen",
                   "Victoria", "Charlotte", "Joanne", "Kerry",   "Louise",   "Natalie", "Jessica",
                   "Sophie",   "Zoe",       "Kirsty", "Lindsey", "Bethan",   "Jo",      "Alison",
                   "Fiona",    "Hayley",    "Leanne", "Michelle"}),
            names({"Smith",      "Jones",   "Taylor",   "Brown",    "Williams",   "Wilson",
                   "Johnson",    "Davies",  "Robinson", "Wright",   "Thompson",   "Evans",
                   "Walker",     "White",   "Roberts",  "Green",    "Hall",       "Wood",
                   "Jackson",    "Clarke",  "Harris",   "Turner",   "Lewis",      "Cooper",
                   "Hill",       "Ward",    "Hughes",   "Moore",    "Edwards",    "Baker",
                   "Marsh",      "Bright",  "Fletcher", "Holloway", "Pritchard",  "Whitfield",
                   "Ashworth",   "Bentley", "Chadwick", "Dawson",   "Foster",     "Gibbs",
                   "Hargreaves", "Kendall", "Lowe",     "Mellor",   "Nuttall",    "Parkes",
                   "Rowley",     "Shaw",    "Tranter",  "Vickers",  "Webb",       "Yates",
                   "Plant",      "Salt",    "Bickley",  "Meakin",   "Cartwright", "Bagnall",
                   "Griffiths",  "Morgan",  "Price",    "Bennett",  "Collier",    "Durber"})};
        l[Irish] = {names({"Cian", "Oisin", "Darragh", "Sean", "Conor", "Ronan", "Cillian"}),
                    names({"Niamh", "Aoife", "Siobhan", "Ciara", "Orla", "Roisin", "Caoimhe"}),
                    names({"Declan", "Padraig", "Eoin", "Kieran", "Brendan", "Fergal"}),
                    names({"Sinead", "Mairead", "Aisling", "Grainne", "Deirdre", "Brona"}),
                    names({"Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "Walsh", "O'Connor",
                           "Doyle", "Gallagher", "Quinn", "McCarthy", "Kavanagh"})};
        l[Traveller] = {names({"John", "Patrick", "Michael", "Martin", "Tommy", "Johnny"}),
                        names({"Bridget", "Mary", "Margaret", "Kathleen", "Nora", "Winnie"}),
                        names({"Patrick", "Michael", "Martin", "Christy", "Joe"}),
                        names({"Bridget", "Mary", "Ellen", "Kathleen", "Nan"}),
                        names({"Ward", "McDonagh", "Joyce", "Doherty", "Maughan", "Connors",
                               "Stokes", "McGinley"})};
        l[Romany] = {names({"Levi", "Elijah", "Noah", "Jesse", "Reuben", "Silas"}),
                     names({"Rosie", "Lavender", "Sienna", "Dolly", "Vashti", "Lily"}),
                     names({"Levi", "Henry", "Nelson", "Jasper", "Alfie"}),
                     names({"Rosie", "Violet", "Minnie", "Britannia", "Lucy"}),
                     names({"Lee", "Boswell", "Lovell", "Price", "Loveridge", "Buckland", "Heron",
                            "Smith"})};
        l[EastEuropean] = {
            names({"Jakub", "Filip", "Antoni", "Mateusz", "Luca", "Andrei", "Tomas", "Oliwer",
                   "David", "Matej"}),
            names({"Zofia", "Lena", "Maja", "Amelia", "Natalia", "Ioana", "Elena", "Hanna",
                   "Alicja", "Ema"}),
            names({"Piotr", "Marek", "Tomasz", "Andrei", "Mihai", "Lukas", "Pawel", "Bogdan"}),
            names(
                {"Agnieszka", "Katarzyna", "Ana", "Elena", "Monika", "Justyna", "Irina", "Simona"}),
            names({"Nowak", "Kowalski", "Wisniewski", "Popescu", "Ionescu", "Novak", "Kaminski",
                   "Horvath", "Petrauskas", "Dumitru", "Lewandowski", "Kazlauskas"})};
        l[Caribbean] = {
            names({"Marcus", "Jayden", "Tyrese", "Malachi", "Isaiah", "Josiah", "Kymani", "Jamal"}),
            names({"Kiara", "Nevaeh", "Jada", "Aaliyah", "Shanice", "Tia", "Amaya", "Keisha"}),
            names({"Delroy", "Winston", "Andre", "Carl", "Errol", "Leon", "Trevor"}),
            names({"Marcia", "Sharon", "Yvonne", "Jasmine", "Andrea", "Claudette", "Simone"}),
            names({"Campbell", "Francis", "Grant", "Henry", "Reid", "Morgan", "Gordon", "Bailey",
                   "Barrett", "Stewart", "Bryan", "Samuels"})};
        l[African] = {
            names({"Kofi", "Tobi", "Emmanuel", "David", "Samuel", "Femi", "Kwame", "Chidi"}),
            names({"Amara", "Nia", "Imani", "Adaeze", "Chioma", "Abena", "Favour", "Blessing"}),
            names({"Olu", "Chinedu", "Kwame", "Tunde", "Joseph", "Samuel", "Yaw"}),
            names({"Ngozi", "Funmi", "Grace", "Ama", "Esther", "Comfort", "Adwoa"}),
            names({"Okafor", "Adeyemi", "Mensah", "Boateng", "Okoye", "Balogun", "Owusu", "Nwosu",
                   "Adebayo", "Asante", "Mwangi", "Osei"})};
        l[Pakistani] = {
            names({"Muhammad", "Ibrahim", "Yusuf", "Zayn", "Ayaan", "Hamza", "Musa", "Ali"}),
            names({"Aisha", "Maryam", "Zara", "Hafsa", "Inaya", "Fatima", "Zainab", "Aleena"}),
            names({"Imran", "Tariq", "Asif", "Naveed", "Kamran", "Usman", "Zaheer"}),
            names({"Saima", "Nadia", "Shazia", "Amina", "Rubina", "Sana", "Farah"}),
            names({"Khan", "Hussain", "Ahmed", "Iqbal", "Akhtar", "Mahmood", "Butt", "Rashid",
                   "Shah", "Malik", "Qureshi", "Javed"})};
        l[Indian] = {
            names({"Arjun", "Rohan", "Dev", "Kiran", "Aarav", "Veer", "Harjot", "Nikhil"}),
            names({"Priya", "Anaya", "Diya", "Meera", "Simran", "Aanya", "Kavya", "Jasleen"}),
            names({"Rajesh", "Sanjay", "Vikram", "Gurpreet", "Manjit", "Amit", "Harinder"}),
            names({"Sunita", "Anjali", "Parminder", "Neha", "Pooja", "Rupinder", "Kiranjit"}),
            names({"Patel", "Sharma", "Singh", "Gill", "Sandhu", "Mistry", "Chauhan", "Kumar",
                   "Bains", "Mehta", "Dhillon", "Joshi"})};
        l[Bangladeshi] = {
            names({"Rayan", "Ayaan", "Rahim", "Sami", "Tanvir", "Arif"}),
            names({"Ayesha", "Nusrat", "Sumaiya", "Tasnim", "Raisa", "Mahira"}),
            names({"Abdul", "Kamal", "Shahid", "Rafiq", "Jamal", "Habib"}),
            names({"Rina", "Shirin", "Nasreen", "Rokeya", "Salma", "Jahanara"}),
            names({"Uddin", "Miah", "Rahman", "Islam", "Chowdhury", "Hoque", "Ali", "Ahmed"})};
        l[Chinese] = {names({"Ethan", "Ryan", "Jason", "Kai", "Leo", "Jun"}),
                      names({"Chloe", "Grace", "Emily", "Mei", "Lily", "Ling"}),
                      names({"Wei", "Jun", "Kevin", "Michael", "Hao", "Ming"}),
                      names({"Mei", "Hui", "Jenny", "Ling", "Xiu", "Annie"}),
                      names({"Chen", "Wong", "Li", "Zhang", "Liu", "Cheung", "Lam", "Ng"})};
        l[MiddleEastern] = {names({"Omar", "Adam", "Yousef", "Karim", "Rami", "Dara", "Zana"}),
                            names({"Lina", "Sara", "Yasmin", "Layla", "Noor", "Rojin", "Hana"}),
                            names({"Ahmad", "Hassan", "Khaled", "Sherzad", "Sami", "Faisal"}),
                            names({"Rana", "Huda", "Leila", "Shirin", "Dilan", "Mona"}),
                            names({"Haddad", "Mansour", "Karimi", "Rahimi", "Hassan", "Aziz",
                                   "Nasser", "Saleh", "Barzani", "Mahmoud"})};
        return l;
    }();
    return all;
}

/// The heritage a name is drawn from. Mixed codes draw forename and surname independently, so
/// a White and Black Caribbean child may be "Jayden Shaw" or "Ruby Campbell".
Heritage heritageOf(const QString& code, Random& r)
{
    const QString c = code;
    if (c == QLatin1String("WIRI"))
        return r.chance(0.6) ? Irish : British;
    if (c == QLatin1String("WIRT"))
        return Traveller;
    if (c == QLatin1String("WROM"))
        return r.chance(0.5) ? Romany : EastEuropean;
    if (c == QLatin1String("WOTH"))
        return r.chance(0.75) ? EastEuropean : British;
    if (c == QLatin1String("MWBC"))
        return r.chance(0.5) ? Caribbean : British;
    if (c == QLatin1String("MWBA"))
        return r.chance(0.5) ? African : British;
    if (c == QLatin1String("MWAS"))
        return r.chance(0.5) ? British : (r.chance(0.5) ? Pakistani : Indian);
    if (c == QLatin1String("MOTH"))
        return r.chance(0.5) ? British : (r.chance(0.5) ? Caribbean : MiddleEastern);
    if (c == QLatin1String("AIND"))
        return Indian;
    if (c == QLatin1String("APKN"))
        return Pakistani;
    if (c == QLatin1String("ABAN"))
        return Bangladeshi;
    if (c == QLatin1String("AOTH"))
        return r.chance(0.5) ? Indian : (r.chance(0.5) ? Pakistani : Chinese);
    if (c == QLatin1String("BCRB"))
        return Caribbean;
    if (c == QLatin1String("BAFR"))
        return African;
    if (c == QLatin1String("BOTH"))
        return r.chance(0.5) ? African : Caribbean;
    if (c == QLatin1String("CHNE"))
        return Chinese;
    if (c == QLatin1String("OOTH"))
        return MiddleEastern;
    return British;
}

struct Weighted
{
    const char* code;
    double weight;
};

QString pickCode(const std::initializer_list<Weighted>& table, Random& r)
{
    double total = 0;
    for (const auto& w : table)
        total += w.weight;
    double x = r.unit() * total;
    for (const auto& w : table) {
        if (x < w.weight)
            return QString::fromLatin1(w.code);
        x -= w.weight;
    }
    return QString::fromLatin1(std::data(table)[table.size() - 1].code);
}

} // namespace

QString childForename(const QString& ethnicity, Sex sex, Random& random)
{
    const NameList& l = lists()[heritageOf(ethnicity, random)];
    return random.pick(sex == Sex::Male ? l.boys : l.girls);
}

QString adultForename(const QString& ethnicity, Sex sex, Random& random)
{
    const NameList& l = lists()[heritageOf(ethnicity, random)];
    return random.pick(sex == Sex::Male ? l.men : l.women);
}

QString surname(const QString& ethnicity, Random& random)
{
    return random.pick(lists()[heritageOf(ethnicity, random)].surnames);
}

QString shortName(const QString& forename)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        const std::initializer_list<std::pair<const char*, const char*>> pairs = {
            {"Frederick", "Freddie"}, {"Theodore", "Teddy"},   {"Alexander", "Alex"},
            {"Samuel", "Sam"},        {"Joshua", "Josh"},      {"Daniel", "Danny"},
            {"Oliver", "Ollie"},      {"Thomas", "Tom"},       {"William", "Billy"},
            {"Benjamin", "Ben"},      {"Matthew", "Matty"},    {"Edward", "Ted"},
            {"Matilda", "Tilly"},     {"Elizabeth", "Lizzie"}, {"Isabella", "Bella"},
            {"Jessica", "Jess"},      {"Katherine", "Katie"},  {"Florence", "Flo"},
            {"Abigail", "Abbie"},     {"Victoria", "Tori"},    {"Eleanor", "Ellie"},
            {"Charlotte", "Lottie"},  {"Muhammad", "Mo"},      {"Emmanuel", "Manny"},
            {"Natalia", "Tala"},      {"Zofia", "Zosia"}};
        for (const auto& [formal, everyday] : pairs)
            m.insert(QString::fromLatin1(formal), QString::fromLatin1(everyday));
        return m;
    }();
    return map.value(forename);
}

QString religionFor(const QString& ethnicity, Random& random)
{
    // Roughly half of the records leave religion blank, as case files often do.
    if (random.chance(0.45))
        return {};
    const Heritage h = heritageOf(ethnicity, random);
    auto lit = [](const char* s) { return QString::fromLatin1(s); };
    switch (h) {
    case Pakistani:
    case Bangladeshi:
    case MiddleEastern:
        return lit("Muslim");
    case Indian:
        return random.chance(0.6) ? lit("Sikh") : lit("Hindu");
    case Irish:
    case Traveller:
        return lit("Roman Catholic");
    case EastEuropean:
        return random.chance(0.6) ? lit("Roman Catholic") : lit("Orthodox Christian");
    case African:
        return random.chance(0.75) ? lit("Christian") : lit("Muslim");
    case Chinese:
        return random.chance(0.5) ? lit("No religion") : lit("Buddhist");
    case British:
    case Romany:
    case Caribbean:
    case HeritageCount:
        break;
    }
    return random.chance(0.55) ? lit("Christian") : lit("No religion");
}

QString firstLanguageFor(const QString& ethnicity, Random& random)
{
    if (random.chance(0.35))
        return {};
    const Heritage h = heritageOf(ethnicity, random);
    auto lit = [](const char* s) { return QString::fromLatin1(s); };
    // Most children placed for adoption are young and English-speaking whatever their
    // heritage; a minority are recorded with a family language.
    if (random.chance(0.7))
        return lit("English");
    switch (h) {
    case Pakistani:
        return random.chance(0.5) ? lit("Urdu") : lit("Punjabi");
    case Bangladeshi:
        return random.chance(0.5) ? lit("Bengali") : lit("Sylheti");
    case Indian:
        return random.chance(0.6) ? lit("Punjabi") : lit("Gujarati");
    case EastEuropean:
        return random.chance(0.6) ? lit("Polish") : lit("Romanian");
    case MiddleEastern:
        return random.chance(0.5) ? lit("Arabic") : lit("Kurdish");
    case Chinese:
        return random.chance(0.5) ? lit("Cantonese") : lit("Mandarin");
    case African:
        return random.chance(0.5) ? lit("Yoruba") : lit("Twi");
    case Romany:
        return lit("Romani");
    case Irish:
    case Traveller:
    case British:
    case Caribbean:
    case HeritageCount:
        break;
    }
    return lit("English");
}

QString childEthnicity(Random& random)
{
    return pickCode({{"WBRI", 87.0},
                     {"WOTH", 2.0},
                     {"WIRI", 0.5},
                     {"WROM", 0.6},
                     {"WIRT", 0.5},
                     {"MWBC", 2.4},
                     {"MWBA", 1.0},
                     {"MWAS", 1.2},
                     {"MOTH", 1.3},
                     {"AIND", 0.3},
                     {"APKN", 0.8},
                     {"ABAN", 0.2},
                     {"AOTH", 0.2},
                     {"BCRB", 0.4},
                     {"BAFR", 0.6},
                     {"BOTH", 0.2},
                     {"CHNE", 0.1},
                     {"OOTH", 0.4},
                     {"NOBT", 0.3}},
                    random);
}

QString adopterEthnicity(Random& random)
{
    return pickCode({{"WBRI", 82.0},
                     {"WOTH", 3.0},
                     {"WIRI", 2.0},
                     {"MWBC", 1.5},
                     {"MWBA", 0.7},
                     {"MWAS", 0.8},
                     {"MOTH", 0.8},
                     {"AIND", 2.0},
                     {"APKN", 1.5},
                     {"ABAN", 0.5},
                     {"AOTH", 0.4},
                     {"BCRB", 1.2},
                     {"BAFR", 1.5},
                     {"BOTH", 0.3},
                     {"CHNE", 0.6},
                     {"OOTH", 0.7}},
                    random);
}

const QList<QString>& regionalAgencyNames()
{
    static const QList<QString> list =
        names({"Northfield Adoption Agency", "Pennine Vale Adoption", "Wessex Coast Adoption",
               "Marches & Dales Adoption", "Fenland & Broads Adoption", "Tamar Valley Adoption"});
    return list;
}

const QList<QString>& voluntaryAgencyNames()
{
    static const QList<QString> list = names(
        {"St Brigid's Family Adoption", "Hollybrook Children's Society", "Family Bridges Adoption",
         "Cedar House Adoption Trust", "Lanterns Adoption", "Meadowcroft Family Placement"});
    return list;
}

Place inventedPlace(int index)
{
    // 20 stems and 8 endings with distinct initials give 160 names whose 4-letter codes
    // (3 letters of the stem, the ending's initial) cannot collide.
    static const std::array<const char*, 20> stems = {
        "Ash",  "Bram", "Cald", "Dun", "Eld", "Fern", "Gled", "Hal",   "Ing", "Kes",
        "Lang", "Mar",  "Nor",  "Oak", "Pen", "Rad",  "Sel",  "Thorn", "Wex", "Yar"};
    static const std::array<const char*, 8> endings = {"bury", "ford", "mere", "wick",
                                                       "ton",  "ley",  "dale", "hurst"};
    Q_ASSERT(index >= 0 && index < inventedPlaceCount);
    const QString stem = QString::fromLatin1(stems[static_cast<size_t>(index % 20)]);
    const QString ending = QString::fromLatin1(endings[static_cast<size_t>(index / 20)]);
    return {stem + ending, stem.left(3).toUpper() + ending.left(1).toUpper()};
}

} // namespace permanence::services::demo
