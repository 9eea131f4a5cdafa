import type { DemoCountry } from "./demo-countries";

/**
 * Word lists for synthetic companies. Brand roots are prefix × suffix pairs; the lists are
 * fixed because domains must stay stable across releases (tests and saved demo runs refer to them).
 */
export const brandRootsEn = {
  prefixes: [
    "aster", "bramble", "cobble", "dapple", "ember", "fennel", "gossam", "hollow", "inkle", "juniper",
    "kestrel", "larch", "marrow", "nettle", "oriel", "pebble", "quill", "rowan", "saffron", "thimble",
    "umber", "vellum", "wicker", "yarrow", "zephyr", "alder", "birch", "cinder", "dune", "elder",
    "flint", "gable", "heather", "ivory", "jasper", "kindle", "lantern", "moss", "north", "oak",
    "pine", "quarry", "russet", "sorrel", "tansy", "vale", "willow", "amber",
  ],
  suffixes: [
    "wick", "forge", "line", "stack", "field", "gate", "loop", "mark", "port", "ridge",
    "brook", "haven", "lane", "path", "point", "shore", "stone", "wood", "yard", "beam",
    "bridge", "craft", "dale", "fold", "glen", "hill", "hurst", "light", "mere", "mint",
    "nest", "quay", "rise", "sky", "spire", "tide", "ton", "vane", "well", "works",
  ],
  /** Used once every prefix × suffix pair is taken, so thousands of indexes stay distinct. */
  qualifiers: ["", "Prime", "United", "Summit", "Bright", "True", "First", "Core", "Open", "Clear"],
};

export const brandRootsPt = {
  prefixes: [
    "Ara", "Buriti", "Caju", "Ipê", "Jatobá", "Pitanga", "Araçá", "Guará", "Jacarandá", "Mandacaru",
    "Tucumã", "Pequi", "Cambuci", "Ingá", "Jabuti", "Sabiá", "Tamanduá", "Capivara", "Quati", "Maracujá",
    "Carnaúba", "Aroeira", "Baru", "Cupuaçu", "Juçara", "Murici", "Oiti", "Piquiá", "Sapucaia", "Taperebá",
    "Umbu", "Uirapuru", "Bacuri", "Andiroba", "Cajá", "Jenipapo",
  ],
  suffixes: [
    "verde", "sul", "mar", "luz", "forte", "nova", "terra", "vale", "rio", "sol", "norte", "campo",
    "pedra", "brisa", "lume", "serra", "onda", "raiz", "ponte", "vila", "mata", "praia", "fonte", "trilha",
  ],
  qualifiers: ["", "Brasil", "Nacional", "Mais", "União", "Global", "Aliança", "Express", "Prime", "Centro"],
};

export const peopleEn = {
  first: [
    "Avery", "Blake", "Camila", "Dmitri", "Eleanor", "Farah", "Gideon", "Hana", "Isaac", "Jolene",
    "Kwame", "Lucia", "Marcus", "Nadia", "Owen", "Priya", "Quentin", "Rosalind", "Samir", "Tessa",
    "Umar", "Vivian", "Wesley", "Ximena", "Yusuf", "Zara", "Bridget", "Caleb", "Delia", "Ezra",
  ],
  last: [
    "Abernathy", "Blackwood", "Castellano", "Delacroix", "Ellison", "Fairbanks", "Galloway", "Hargrove",
    "Iverson", "Jablonski", "Kowalczyk", "Lindqvist", "Montague", "Nakagawa", "Okonkwo", "Pemberton",
    "Quintero", "Rasmussen", "Sutherland", "Thornbury", "Underhill", "Vasquez", "Whitlock", "Yamamoto",
    "Zielinski", "Ashdown", "Brightman", "Carrow", "Dunleavy", "Esterhuizen",
  ],
  roles: ["CEO & Co-founder", "CTO & Co-founder", "Chief Operating Officer", "VP of Sales", "Head of Marketing", "Head of People", "Finance Director", "Head of Customer Success"],
};

export const peoplePt = {
  first: [
    "Ana", "Bruno", "Carolina", "Diego", "Elisa", "Fábio", "Gabriela", "Heitor", "Isadora", "João",
    "Karina", "Leonardo", "Mariana", "Nuno", "Olívia", "Paulo", "Raquel", "Sérgio", "Tatiane", "Vinícius",
    "Yasmin", "Álvaro", "Beatriz", "Caio", "Débora", "Emerson", "Flávia", "Gustavo", "Helena", "Ítalo",
  ],
  last: [
    "Albuquerque", "Bittencourt", "Cavalcanti", "Damasceno", "Esteves", "Figueiredo", "Guimarães", "Holanda",
    "Junqueira", "Lacerda", "Magalhães", "Nogueira", "Pimentel", "Queiroz", "Rezende", "Sampaio",
    "Toledo", "Uchôa", "Valadares", "Xavier", "Andrade", "Barreto", "Coutinho", "Dantas", "Falcão",
    "Gouveia", "Leitão", "Medeiros", "Prado", "Siqueira",
  ],
  roles: ["CEO e cofundador(a)", "CTO e cofundador(a)", "Diretor(a) de Operações", "Diretor(a) Comercial", "Head de Marketing", "Gerente de Pessoas", "Diretor(a) Financeiro(a)", "Head de Customer Success"],
};

/** A city with what its phone numbers and postcodes look like. */
export type Place = { city: string; region: string; country: DemoCountry; dial: string; postal: string };

/** Phone codes use ranges reserved for fiction where a country has them (US 555-01xx, UK 496, AU 5550). */
export const placesEn: Place[] = [
  { city: "Austin", region: "TX", country: "US", dial: "512", postal: "787" },
  { city: "Denver", region: "CO", country: "US", dial: "303", postal: "802" },
  { city: "Raleigh", region: "NC", country: "US", dial: "919", postal: "276" },
  { city: "Columbus", region: "OH", country: "US", dial: "614", postal: "432" },
  { city: "Seattle", region: "WA", country: "US", dial: "206", postal: "981" },
  { city: "Atlanta", region: "GA", country: "US", dial: "404", postal: "303" },
  { city: "Minneapolis", region: "MN", country: "US", dial: "612", postal: "554" },
  { city: "Pittsburgh", region: "PA", country: "US", dial: "412", postal: "152" },
  { city: "Boston", region: "MA", country: "US", dial: "617", postal: "021" },
  { city: "San Diego", region: "CA", country: "US", dial: "619", postal: "921" },
  { city: "Leeds", region: "West Yorkshire", country: "GB", dial: "113", postal: "LS1" },
  { city: "Bristol", region: "England", country: "GB", dial: "117", postal: "BS1" },
  { city: "Manchester", region: "England", country: "GB", dial: "161", postal: "M1" },
  { city: "Glasgow", region: "Scotland", country: "GB", dial: "141", postal: "G2" },
  { city: "Edinburgh", region: "Scotland", country: "GB", dial: "131", postal: "EH2" },
  { city: "Toronto", region: "ON", country: "CA", dial: "416", postal: "M5V" },
  { city: "Vancouver", region: "BC", country: "CA", dial: "604", postal: "V6B" },
  { city: "Calgary", region: "AB", country: "CA", dial: "403", postal: "T2P" },
  { city: "Melbourne", region: "VIC", country: "AU", dial: "3", postal: "3000" },
  { city: "Brisbane", region: "QLD", country: "AU", dial: "7", postal: "4000" },
  { city: "Perth", region: "WA", country: "AU", dial: "8", postal: "6000" },
];

export const placesPt: Place[] = [
  { city: "São Paulo", region: "SP", country: "BR", dial: "11", postal: "01310" },
  { city: "Campinas", region: "SP", country: "BR", dial: "19", postal: "13015" },
  { city: "Rio de Janeiro", region: "RJ", country: "BR", dial: "21", postal: "20040" },
  { city: "Belo Horizonte", region: "MG", country: "BR", dial: "31", postal: "30130" },
  { city: "Curitiba", region: "PR", country: "BR", dial: "41", postal: "80020" },
  { city: "Porto Alegre", region: "RS", country: "BR", dial: "51", postal: "90010" },
  { city: "Florianópolis", region: "SC", country: "BR", dial: "48", postal: "88010" },
  { city: "Recife", region: "PE", country: "BR", dial: "81", postal: "50030" },
  { city: "Fortaleza", region: "CE", country: "BR", dial: "85", postal: "60060" },
  { city: "Salvador", region: "BA", country: "BR", dial: "71", postal: "40020" },
  { city: "Goiânia", region: "GO", country: "BR", dial: "62", postal: "74003" },
  { city: "Ribeirão Preto", region: "SP", country: "BR", dial: "16", postal: "14010" },
  { city: "Joinville", region: "SC", country: "BR", dial: "47", postal: "89201" },
  { city: "Londrina", region: "PR", country: "BR", dial: "43", postal: "86010" },
  { city: "Manaus", region: "AM", country: "BR", dial: "92", postal: "69005" },
  { city: "Vitória", region: "ES", country: "BR", dial: "27", postal: "29010" },
];

export const streetsEn = ["Larkspur Avenue", "Tinsmith Lane", "Old Mill Road", "Foundry Way", "Canal Wharf", "Harrow Street", "Quarry Row", "Beacon Terrace"];
export const streetsPt = ["Rua das Acácias", "Avenida dos Tropeiros", "Rua do Comércio", "Avenida Beira-Rio", "Travessa dos Ourives", "Rua Professor Anselmo Brito", "Alameda das Paineiras", "Rua Coronel Tibúrcio"];
