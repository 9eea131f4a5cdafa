import type { DemoIndustry } from "./demo-industries";

/** Building blocks for a synthetic company's copy, per industry, in one language. */
export type IndustryPhrases = {
  /** Appended to the brand to make the company name, e.g. "Freight". */
  nameWords: string[];
  /** What a company that operates in the industry does. */
  services: string[];
  /** What a company selling software to the industry builds. */
  software: string[];
  audiences: string[];
  keywords: string[];
  jobs: string[];
};

export const industryPhrasesEn: Record<DemoIndustry, IndustryPhrases> = {
  saas: {
    nameWords: ["Software", "Cloud", "Labs", "HQ"],
    services: ["workflow automation for finance and operations teams", "customer onboarding analytics"],
    software: ["a B2B platform for revenue operations", "a no-code workflow builder", "usage-based billing software"],
    audiences: ["mid-market SaaS companies", "operations teams", "product-led startups"],
    keywords: ["saas", "b2b software", "api", "automation", "cloud"],
    jobs: ["Senior Backend Engineer", "Product Designer", "Account Executive", "Customer Success Manager"],
  },
  logistics: {
    nameWords: ["Freight", "Logistics", "Transport", "Haulage"],
    services: ["regional freight and last-mile delivery", "bonded warehousing and cross-docking", "temperature-controlled trucking"],
    software: ["route optimisation software", "a freight visibility platform", "warehouse management software"],
    audiences: ["retailers", "food producers", "e-commerce brands", "manufacturers"],
    keywords: ["logistics", "freight", "warehousing", "last mile", "supply chain"],
    jobs: ["Fleet Operations Manager", "Warehouse Supervisor", "Transport Planner", "Key Account Manager"],
  },
  healthcare: {
    nameWords: ["Health", "Care", "Clinics", "Medical"],
    services: ["outpatient clinics and diagnostic imaging", "home care for elderly patients", "occupational health services"],
    software: ["patient scheduling software", "an electronic health records platform", "telehealth software"],
    audiences: ["clinics", "hospitals", "dental practices", "employers"],
    keywords: ["healthcare", "clinics", "patients", "medical", "health tech"],
    jobs: ["Registered Nurse", "Clinical Operations Lead", "Implementation Specialist", "Practice Manager"],
  },
  fintech: {
    nameWords: ["Pay", "Capital", "Finance", "Ledger"],
    services: ["invoice financing for small businesses", "foreign exchange for importers"],
    software: ["a payments API", "spend management software", "an accounts receivable automation platform"],
    audiences: ["small businesses", "online merchants", "finance teams", "marketplaces"],
    keywords: ["fintech", "payments", "finance", "credit", "saas"],
    jobs: ["Risk Analyst", "Senior Software Engineer", "Compliance Officer", "Partnerships Manager"],
  },
  retail: {
    nameWords: ["Goods", "Market", "Stores", "Supply"],
    services: ["home goods stores and online shop", "outdoor gear stores", "a chain of neighbourhood pharmacies"],
    software: ["point-of-sale software", "inventory planning software"],
    audiences: ["families", "independent shops", "outdoor enthusiasts"],
    keywords: ["retail", "stores", "ecommerce", "consumer", "omnichannel"],
    jobs: ["Store Manager", "Merchandising Analyst", "E-commerce Specialist", "Buyer"],
  },
  manufacturing: {
    nameWords: ["Industries", "Manufacturing", "Works", "Components"],
    services: ["precision machined components", "industrial packaging", "injection-moulded parts", "steel fabrication"],
    software: ["production scheduling software", "machine monitoring software"],
    audiences: ["automotive suppliers", "medical device makers", "agricultural equipment makers"],
    keywords: ["manufacturing", "industrial", "factory", "components", "oem"],
    jobs: ["CNC Machinist", "Quality Engineer", "Plant Manager", "Maintenance Technician"],
  },
  agency: {
    nameWords: ["Studio", "Creative", "Agency", "Collective"],
    services: ["branding and web design", "performance marketing", "content and SEO", "B2B demand generation"],
    software: ["a marketing reporting dashboard"],
    audiences: ["B2B software companies", "consumer brands", "nonprofits"],
    keywords: ["agency", "marketing", "design", "branding", "digital"],
    jobs: ["Art Director", "Paid Media Specialist", "Copywriter", "Account Manager"],
  },
  education: {
    nameWords: ["Academy", "Learning", "Institute", "School"],
    services: ["part-time coding bootcamps", "corporate leadership training", "language courses for professionals"],
    software: ["a learning management system", "online course software for schools"],
    audiences: ["career changers", "schools", "corporate HR teams", "universities"],
    keywords: ["education", "training", "courses", "edtech", "learning"],
    jobs: ["Instructional Designer", "Course Instructor", "Admissions Advisor", "Learning Experience Lead"],
  },
  agritech: {
    nameWords: ["Agro", "Farms", "Harvest", "Fields"],
    services: ["precision irrigation services", "crop advisory for grain farmers"],
    software: ["farm management software", "soil sensor analytics", "crop yield forecasting software"],
    audiences: ["grain farmers", "cooperatives", "orchards", "agribusinesses"],
    keywords: ["agritech", "agriculture", "farming", "crops", "sensors"],
    jobs: ["Agronomist", "Field Sales Representative", "Data Scientist", "Hardware Engineer"],
  },
  legal: {
    nameWords: ["Legal", "Law", "& Partners", "Chambers"],
    services: ["commercial and employment law", "intellectual property and trademarks", "data protection compliance"],
    software: ["contract management software", "legal practice management software"],
    audiences: ["technology companies", "family businesses", "startups", "in-house legal teams"],
    keywords: ["legal", "law firm", "compliance", "contracts", "lawyers"],
    jobs: ["Associate Solicitor", "Paralegal", "Legal Operations Manager", "Trainee Lawyer"],
  },
  energy: {
    nameWords: ["Energy", "Power", "Solar", "Renewables"],
    services: ["commercial solar installation", "battery storage projects", "energy efficiency retrofits"],
    software: ["energy monitoring software", "grid analytics software"],
    audiences: ["factories", "warehouses", "municipalities", "commercial landlords"],
    keywords: ["energy", "solar", "renewables", "storage", "efficiency"],
    jobs: ["Solar Installer", "Electrical Engineer", "Project Developer", "Energy Analyst"],
  },
  cybersecurity: {
    nameWords: ["Security", "Cyber", "Shield", "Defense"],
    services: ["managed detection and response", "penetration testing"],
    software: ["a security awareness platform", "cloud security posture software", "identity threat detection"],
    audiences: ["mid-sized companies", "banks", "hospitals", "SaaS vendors"],
    keywords: ["cybersecurity", "security", "soc", "compliance", "saas"],
    jobs: ["Security Analyst", "Penetration Tester", "Detection Engineer", "Solutions Engineer"],
  },
  hr: {
    nameWords: ["People", "Talent", "HR", "Teams"],
    services: ["executive search", "payroll outsourcing", "recruitment for engineering roles"],
    software: ["an applicant tracking system", "employee onboarding software", "payroll software"],
    audiences: ["growing startups", "retail chains", "hospitals", "HR teams"],
    keywords: ["hr", "recruiting", "payroll", "talent", "hiring"],
    jobs: ["Talent Partner", "Payroll Specialist", "Customer Success Manager", "Frontend Engineer"],
  },
  "real-estate": {
    nameWords: ["Properties", "Realty", "Estates", "Spaces"],
    services: ["commercial property management", "flexible office space", "industrial leasing"],
    software: ["property management software", "a tenant experience app"],
    audiences: ["landlords", "tenants", "property investors", "growing companies"],
    keywords: ["real estate", "property", "leasing", "proptech", "offices"],
    jobs: ["Property Manager", "Leasing Associate", "Facilities Coordinator", "Investment Analyst"],
  },
  food: {
    nameWords: ["Foods", "Kitchen", "Roasters", "Provisions"],
    services: ["specialty coffee roasting", "healthy snacks", "frozen ready meals", "craft beverages"],
    software: ["restaurant ordering software", "food safety compliance software"],
    audiences: ["supermarkets", "cafes", "restaurants", "corporate canteens"],
    keywords: ["food", "beverage", "cpg", "snacks", "wholesale"],
    jobs: ["Food Technologist", "Production Supervisor", "Trade Marketing Manager", "Route Sales Driver"],
  },
};
