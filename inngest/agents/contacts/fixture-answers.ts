/**
 * Answer key for the demo-web fixture sites (tests only): every email, phone (E.164), company social
 * profile and named person with role the pages state. Checked by hand against the HTML, and for emails
 * and phones against a separate grep of the raw files. "(role)" marks a functional mailbox. Dr. Helen
 * Abernathy is named only in prose ("opened Fernhollow in 2004"), which the extractor does not read.
 */
export const contactFixtureAnswers: Record<string, { emails: string[]; phones: string[]; social: string[]; people: string[] }> = {
  "ardentquay-robotics.co.uk": {
    emails: ["sales@ardentquay-robotics.co.uk (role)", "service@ardentquay-robotics.co.uk (role)"],
    phones: ["+441174960415", "+441174960999"],
    social: ["https://www.linkedin.com/company/ardentquay-robotics"],
    people: ["Fiona Ashdown | Managing Director", "Rajiv Menon | Engineering Director", "Callum Galloway | Sales Director, UK & Ireland", "Anouk de Vries | Country Manager, Benelux"],
  },
  "brightfallow-agri.com": {
    emails: ["growers@brightfallow-agri.com (role)"],
    phones: ["+15155550114"],
    social: ["https://www.linkedin.com/company/brightfallow", "https://www.youtube.com/@brightfallowagri"],
    people: ["Caleb Underhill | Co-founder & CEO", "Ingrid Solberg | Co-founder & Chief Science Officer", "Marcus DeWitt | Head of Hardware"],
  },
  "casaipeamarelo.com.br": {
    emails: ["sac@casaipeamarelo.com.br (role)", "compras@casaipeamarelo.com.br (role)"],
    phones: ["+558008814433", "+5571993201100"],
    social: ["https://www.instagram.com/casaipeamarelo", "https://www.facebook.com/casaipeamarelo"],
    people: [],
  },
  "clinexa-health.io": {
    emails: ["sales@clinexa-health.io (role)", "help@clinexa-health.io (role)"],
    phones: ["+16175550182"],
    social: ["https://www.linkedin.com/company/clinexa-health", "https://x.com/clinexahealth"],
    people: ["Rosalind Achebe | CEO & Co-founder", "Jonah Lindqvist | CTO & Co-founder", "Marisol Grant | VP of Sales", "Wesley Tran | Head of Product"],
  },
  "copperlark-realty.com": {
    emails: ["leasing@copperlark-realty.com (role)"],
    phones: ["+16155550132"],
    social: ["https://www.linkedin.com/company/copperlark-realty"],
    people: ["Annabel Whitford | Principal", "Terrence Hollis | Director of Leasing", "Gabriela Nunes | Property Manager"],
  },
  "dunmorrowfreight.co.uk": {
    emails: ["sales@dunmorrowfreight.co.uk (role)", "jobs@dunmorrowfreight.co.uk (role)", "m.sinclair@dunmorrowfreight.co.uk"],
    phones: ["+441414960521", "+441414960522"],
    social: [],
    people: ["Fraser Dunmorrow | Managing Director", "Elaine McAllister | Finance Director", "Graham Kerr | Operations Director", "Morag Sinclair | Commercial Director"],
  },
  "emberlyn-hr.io": {
    emails: ["sales@emberlyn-hr.io (role)", "support@emberlyn-hr.io (role)"],
    phones: ["+14165550123"],
    social: ["https://www.linkedin.com/company/emberlyn", "https://x.com/emberlynhq"],
    people: ["Tessa Marchetti | CEO & Co-founder", "Yusuf Rahimi | CTO & Co-founder", "Genevieve Lacroix | VP Customer Success"],
  },
  "fernhollow-vetclinic.com": {
    emails: ["frontdesk@fernhollow-vetclinic.com (role)"],
    phones: ["+18025550186"],
    social: ["https://www.facebook.com/fernhollowvet"],
    people: ["Dr. Helen Abernathy | Founder"],
  },
  "harborkiln-ceramics.com": {
    emails: ["sales@harborkiln-ceramics.com (role)", "quality@harborkiln-ceramics.com (role)"],
    phones: ["+13305550138", "+18005550175"],
    social: [],
    people: [],
  },
  "jabuticabacriativa.com.br": {
    emails: ["oi@jabuticabacriativa.com.br (role)"],
    phones: ["+5551991204455"],
    social: ["https://www.instagram.com/jabuticabacriativa", "https://www.linkedin.com/company/jabuticaba-criativa"],
    people: ["Carolina Sampaio | Sócia e diretora de mídia", "Leonardo Kuhn | Sócio e diretor de conteúdo", "Beatriz Lacerda | Head de Atendimento"],
  },
  "jacarandalilas.com.br": {
    emails: ["agendamento@jacarandalilas.com.br (role)", "empresas@jacarandalilas.com.br (role)"],
    phones: ["+553132678800", "+5531988771200"],
    social: ["https://www.instagram.com/jacarandalilassaude"],
    people: ["Dra. Helena Dantas | Diretora Clínica", "Dr. Vinícius Prado | Coordenador de Radiologia", "Flávia Coutinho | Gerente Administrativa"],
  },
  "jandaiapay.com.br": {
    emails: ["parcerias@jandaiapay.com.br (role)", "imprensa@jandaiapay.com.br (role)"],
    phones: ["+551134567890", "+558007720199"],
    social: ["https://www.linkedin.com/company/jandaiapay", "https://www.instagram.com/jandaiapay"],
    people: ["Gabriela Siqueira | CEO e cofundadora", "Heitor Magalhães | CTO e cofundador", "Raquel Albuquerque | Diretora de Risco e Compliance", "Caio Leitão | Head de Parcerias"],
  },
  "kelpforge-data.io": {
    emails: ["team@kelpforge-data.io (role)"],
    phones: [],
    social: ["https://github.com/kelpforge", "https://x.com/kelpforge"],
    people: ["Ximena Castro | Co-founder & CEO", "Arjun Kapadia | Co-founder & CTO"],
  },
  "ledgerbloom.co": {
    emails: ["sales@ledgerbloom.co (role)", "partners@ledgerbloom.co (role)", "press@ledgerbloom.co (role)", "harriet@ledgerbloom.co"],
    phones: ["+15125550163"],
    social: ["https://www.linkedin.com/company/ledgerbloom"],
    people: ["Harriet Nwosu | Co-founder & CEO", "Eli Brandvold | Co-founder & CTO", "Samir Haddad | Chief Financial Officer", "Courtney Abara | VP, Revenue", "Lin Yamashita | Head of Risk & Compliance"],
  },
  "metalurgicaitaperu.ind.br": {
    emails: ["vendas@metalurgicaitaperu.ind.br (role)", "suprimentos@metalurgicaitaperu.ind.br (role)"],
    phones: ["+554734612000", "+554734612100"],
    social: [],
    people: [],
  },
  "mossbarrow-security.com": {
    emails: ["sales@mossbarrow-security.com (role)", "ir@mossbarrow-security.com (role)"],
    phones: ["+17035550108", "+17035550111"],
    social: ["https://www.linkedin.com/company/mossbarrow-security", "https://x.com/mossbarrowsec"],
    people: ["Vivian Hargrove | Chief Executive Officer", "Dmitri Sokolov | Chief Technology Officer", "Angela Whitlock | VP, Security Operations", "Brandon Okonkwo | VP, Sales"],
  },
  "orbitalpine-analytics.io": {
    emails: ["sales@orbitalpine-analytics.io (role)"],
    phones: ["+441314960744"],
    social: ["https://www.linkedin.com/company/orbitalpine", "https://x.com/orbitalpine"],
    people: ["Isla McKenzie | CEO & Co-founder", "Tobias Eklund | Chief Scientist & Co-founder", "Priyanka Desai | VP Sales, UK & Europe"],
  },
  "pailwright.com": {
    emails: ["care@pailwright.com (role)", "vendors@pailwright.com (role)"],
    phones: ["+13035550191"],
    social: ["https://www.facebook.com/pailwright", "https://www.instagram.com/pailwright"],
    people: [],
  },
  "quillmarrow.co.uk": {
    emails: ["enquiries@quillmarrow.co.uk (role)", "m.hale@quillmarrow.co.uk", "o.brightman@quillmarrow.co.uk"],
    phones: ["+441614960352", "+441614960353", "+441134960781"],
    social: [],
    people: ["Margaret Hale | Senior Partner", "Oliver Brightman | Partner, Employment", "Sunita Chaudhry | Associate Solicitor, Dispute Resolution", "Thomas Arkwright | Practice Manager"],
  },
  "quincemoth-studio.com": {
    emails: ["hello@quincemoth-studio.com (role)"],
    phones: ["+15035550129"],
    social: ["https://www.instagram.com/quinceandmoth"],
    people: ["June Halvorsen | Founder & Creative Director", "Ezra Mbeki | Founder & Technical Director", "Paloma Reyes | Senior Designer", "Grant Iverson | Producer"],
  },
  "ravenholtmutual.co.uk": {
    emails: ["press@ravenholtmutual.co.uk (role)"],
    phones: ["+441134960200", "+441134960247", "+441134960310"],
    social: ["https://www.linkedin.com/company/ravenholt-mutual", "https://www.facebook.com/ravenholtmutual", "https://x.com/ravenholtmutual"],
    people: ["Catherine Sutherland | Group Chief Executive", "Hamish Dunleavy | Chief Financial Officer", "Adaeze Oyelaran | Chief Customer Officer", "Peter Lindqvist-Hale | Managing Director, Commercial Insurance", "Ruth Carrow | Chief People Officer"],
  },
  "rotaseriema-logistica.com.br": {
    emails: ["comercial@rotaseriema-logistica.com.br (role)", "sac@rotaseriema-logistica.com.br (role)", "marcelo.junqueira@rotaseriema-logistica.com.br", "fernando.okubo@rotaseriema-logistica.com.br"],
    phones: ["+551932514400", "+551932514410"],
    social: ["https://www.linkedin.com/company/rota-seriema", "https://www.instagram.com/rotaseriema"],
    people: ["Marcelo Junqueira | CEO", "Patrícia Valadares | Diretora de Operações", "Fernando Okubo | Diretor Comercial", "Juliana Cavalcanti | Gerente de Tecnologia", "Ricardo Esteves | Gerente de Frota"],
  },
  "sabordocampo-coop.com.br": {
    emails: ["vendas@sabordocampo-coop.com.br (role)", "cooperado@sabordocampo-coop.com.br (role)", "rh@sabordocampo-coop.com.br (role)"],
    phones: ["+554333254410", "+5543998123344", "+558007712345"],
    social: ["https://www.instagram.com/sabordocampocoop", "https://www.facebook.com/sabordocampocoop"],
    people: ["Sebastião Figueiredo | Presidente", "Luciana Mazzaro | Diretora Comercial", "Rodrigo Takahashi | Diretor Industrial", "Aparecida Nogueira | Gerente de Qualidade"],
  },
  "semeare.agr.br": {
    emails: ["comercial@semeare.agr.br (role)"],
    phones: ["+551633295120"],
    social: ["https://www.linkedin.com/company/semeare", "https://www.youtube.com/@semeareagro"],
    people: ["Tatiane Rezende | CEO e cofundadora", "Diego Barreto | CTO e cofundador", "Emerson Gouveia | Head Comercial"],
  },
  "solvaneridge-energy.com": {
    emails: ["projects@solvaneridge-energy.com (role)", "service@solvaneridge-energy.com (role)", "kwame.boateng@solvaneridge-energy.com"],
    phones: ["+16025550177", "+16025550178"],
    social: ["https://www.linkedin.com/company/solvane-ridge", "https://x.com/solvaneridge", "https://www.youtube.com/@solvaneridge"],
    people: ["Gideon Castellano | Chief Executive Officer", "Nadia Farrow | Chief Operating Officer", "Kwame Boateng | VP, Business Development", "Lucia Pemberton | Director of Engineering", "Owen Thornbury | Director, Operations & Maintenance"],
  },
  "sprigwell-foods.com": {
    emails: ["wholesale@sprigwell-foods.com (role)", "offices@sprigwell-foods.com (role)"],
    phones: ["+16125550140"],
    social: ["https://www.instagram.com/sprigwellfoods"],
    people: [],
  },
  "tallowmerelearning.org": {
    emails: ["admissions@tallowmerelearning.org (role)", "partners@tallowmerelearning.org (role)"],
    phones: ["+14125550156"],
    social: ["https://www.linkedin.com/school/tallowmere-learning", "https://www.facebook.com/tallowmerelearning"],
    people: ["Beatrix Okoye | Executive Director", "Rafael Montague | Lead Instructor, Web Development", "Hana Kowalczyk | Lead Instructor, Data Analytics", "Desmond Fairbanks | Director of Employer Partnerships"],
  },
  "tidewrenmarine.com.au": {
    emails: ["bookings@tidewrenmarine.com.au (role)", "customs@tidewrenmarine.com.au (role)"],
    phones: ["+61755501823", "+61755501977"],
    social: ["https://www.linkedin.com/company/tidewren-marine"],
    people: ["Liam Esterhuizen | Managing Director", "Kirra Whitlock | General Manager, Marine", "Daniel Nakagawa | Customs Manager"],
  },
  "trilhaaberta-cursos.com.br": {
    emails: ["matriculas@trilhaaberta-cursos.com.br (role)", "empresas@trilhaaberta-cursos.com.br (role)"],
    phones: ["+5581996543210", "+558134192200"],
    social: ["https://www.instagram.com/trilhaaberta", "https://www.youtube.com/@trilhaaberta"],
    people: ["Débora Medeiros | Fundadora e diretora pedagógica", "Paulo Uchôa | Coordenador de Desenvolvimento Web", "Yasmin Falcão | Professora de Análise de Dados", "Nuno Sampaio | Gerente de Parcerias Corporativas"],
  },
  "tuiuiu-erp.com.br": {
    emails: ["vendas@tuiuiu-erp.com.br (role)", "suporte@tuiuiu-erp.com.br (role)", "contadores@tuiuiu-erp.com.br (role)", "sergio.andrade@tuiuiu-erp.com.br"],
    phones: ["+554830247700", "+5548996001234"],
    social: ["https://www.linkedin.com/company/tuiuiu-erp", "https://www.instagram.com/tuiuiuerp", "https://www.youtube.com/@tuiuiuerp"],
    people: ["Mariana Gouveia | CEO e cofundadora", "João Xavier | CTO e cofundador", "Sérgio Andrade | Diretor Comercial", "Isadora Coutinho | Head de Customer Success"],
  },
  "valadaomuniz.adv.br": {
    emails: ["contato@valadaomuniz.adv.br (role)", "augusto@valadaomuniz.adv.br", "regina@valadaomuniz.adv.br"],
    phones: ["+554132239050", "+554132239051"],
    social: [],
    people: ["Augusto Valadão | Sócio fundador – Direito Tributário", "Regina Muniz | Sócia fundadora – Direito Societário", "Bruno Pimentel | Sócio – Direito do Trabalho", "Larissa Toledo | Advogada – Proteção de Dados (LGPD)"],
  },
  "ventosolnordeste.com.br": {
    emails: ["energia@ventosolnordeste.com.br (role)", "ri@ventosolnordeste.com.br (role)"],
    phones: ["+558530446600", "+558530446610"],
    social: ["https://www.linkedin.com/company/ventosol-nordeste", "https://www.instagram.com/ventosolnordeste"],
    people: ["Olívia Holanda | Diretora-presidente", "Ítalo Damasceno | Diretor de Operações", "Karina Bittencourt | Diretora de Comercialização de Energia", "Álvaro Queiroz | Diretor Financeiro e de RI"],
  },
  "verdantlogix.com": {
    emails: ["sales@verdantlogix.com (role)", "support@verdantlogix.com (role)", "dana.okafor@verdantlogix.com", "priya.v@verdantlogix.com"],
    phones: ["+13125550147", "+13125550199"],
    social: ["https://www.linkedin.com/company/verdantlogix", "https://x.com/verdantlogix"],
    people: ["Dana Okafor | CEO & Founder", "Mitchell Reyes-Baptiste | Chief Operating Officer", "Priya Venkataraman | VP of Sales", "Tomasz Wierzbicki | Director of Fleet Operations", "Alicia Ferro | Head of Customer Success"],
  },
};
