/**
 * "Aurora 2.0 launch": the demo's delivery project, a B2B collaboration product's major release
 * from discovery to hypercare. Format: see plan-outline.ts.
 */
export const AURORA_LAUNCH_PLAN = `
discovery  Discovery
  research  Research
    interviews     Customer interviews (12 accounts)           | 2w  |
    analytics      Usage analytics deep-dive                   | 4d  | interviews SS
    competitors    Competitive teardown                        | 3d  | analytics SS+1d
    synthesis      Research synthesis workshop                 | 3d  | interviews, analytics
  definition  Definition
    prd            Product requirements document               | 1w  | synthesis, competitors
    pricing        Pricing and packaging proposal              | 4d  | prd SS+2d
    scope-review   Scope review with leadership                | 2h  | prd, pricing
    m-scope        Scope approved                              | 0d  | scope-review
design  Design
  ux  User experience
    journeys       User journeys and flows                     | 1w  | m-scope
    wireframes     Wireframes for core workflows               | 2w  | journeys
    usability-1    Usability testing, round 1                  | 4d  | wireframes
  visual  Visual design
    design-system  Design system 2.0 tokens and components     | 3w  | journeys SS+3d
    hifi           High-fidelity mockups                       | 2w  | usability-1, design-system SS+1w
    usability-2    Usability testing, round 2                  | 3d  | hifi
    m-design       Design sign-off                             | 0d  | usability-2, design-system
platform  Platform and backend
  architecture  Architecture
    arch           Architecture and API design                 | 1w  | m-scope
    arch-review    Architecture review board                   | 3h  | arch
    threat-model   Threat modelling session                    | 2d  | arch-review
  services  Services
    data-model     Data model and migrations                   | 1w  | arch-review
    api-v2         Public API v2 endpoints                     | 3w  | data-model
    realtime       Real-time sync service                      | 3w  | data-model
    search         Search indexing pipeline                    | 2w  | data-model SS+1w
    billing        Usage-based billing service                 | 2w  | api-v2 SS+1w, pricing
    perf           Performance and load testing                | 1w  | api-v2, realtime
  infrastructure  Infrastructure
    k8s            Kubernetes cluster upgrade                  | 1w  | arch
    observability  Observability dashboards and alerts         | 4d  | k8s
web  Web app
  web-foundations  Foundations
    web-components Component library implementation            | 2w  | design-system SS+1w
    web-shell      App shell and navigation                    | 1w  | m-design, api-v2 SS+1w
  web-features  Features
    web-dashboards Dashboards                                  | 2w  | web-shell, web-components
    web-collab     Collaborative editing                       | 3w  | web-shell, realtime SS+1w
    web-search     Search experience                           | 1w  | search, web-shell
    web-a11y       Accessibility pass (WCAG 2.2 AA)            | 4d  | web-dashboards, web-collab FF+2d
mobile  Mobile apps
  native-apps  Native apps
    ios-core       iOS core screens                            | 3w  | m-design, api-v2 SS+1w
    ios-offline    iOS offline mode                            | 2w  | ios-core, realtime
    android-core   Android core screens                        | 3w  | m-design, api-v2 SS+1w
    android-offline Android offline mode                        | 2w  | android-core, realtime
  mobile-release  Store readiness
    push           Push notifications                          | 1w  | ios-core SS+1w, android-core SS+1w
    store-assets   App store listings and screenshots          | 3d  | ios-core, android-core
integrations  Integrations
  int-slack        Slack app                                   | 2w  | api-v2
  int-jira         Jira two-way sync                           | 3w  | api-v2
  int-sso          SAML single sign-on and SCIM provisioning   | 2w  | data-model
  int-webhooks     Outgoing webhooks                           | 1w  | api-v2 SS+1w
  int-zapier       Zapier connector                            | 1w  | int-webhooks
beta  Beta programme
  beta-recruit     Recruit beta customers                      | 2w  | m-design
  beta-legal       Beta agreements signed                      | 1w  | beta-recruit
  beta-build       Beta build behind feature flags             | 3d  | web-collab, ios-offline, android-offline, int-slack
  m-beta           Beta starts                                 | 0d  | beta-build, beta-legal
  beta-period      Beta period (6 weeks)                       | 6w  | m-beta
  beta-triage      Weekly feedback triage                      | 5w  | m-beta FS+1w
  beta-report      Beta findings report                        | 3d  | beta-period
qa  QA and hardening
  testing  Testing
    test-plan      Test plan and test cases                    | 1w  | prd
    e2e            End-to-end test automation                  | 3w  | test-plan, web-shell
    device-lab     Device lab testing                          | 1w  | ios-offline, android-offline
    regression     Full regression cycle                       | 1w  | m-code-freeze, e2e
  hardening  Hardening
    bug-bash       Company-wide bug bash                       | 1d  | beta-build
    stabilise      Stabilisation sprint                        | 2w  | bug-bash, beta-triage SS+2w
    m-code-freeze  Code freeze                                 | 0d  | stabilise, perf, web-a11y
    rc             Release candidate build                     | 1d  | regression, device-lab
security  Security review
  privacy          Privacy impact assessment (GDPR)            | 4d  | data-model
  pentest          External penetration test                   | 2w  | beta-build
  pentest-fix      Remediate penetration test findings         | 1w  | pentest
  soc2             SOC 2 evidence update                       | 1w  | pentest-fix SS+2d, privacy
  m-security       Security sign-off                           | 0d  | pentest-fix, soc2, threat-model
docs  Documentation
  docs-api         API v2 reference                            | 2w  | api-v2 SS+1w
  docs-migration   Migration guide from 1.x                    | 1w  | data-model, docs-help SS
  docs-help        Help centre articles                        | 2w  | beta-build
  docs-videos      Onboarding videos                           | 1w  | docs-help SS+1w
  release-notes    Release notes                               | 2d  | m-code-freeze
marketing  Marketing and launch readiness
  campaign  Campaign
    positioning    Positioning and messaging                   | 1w  | prd
    website        Launch website pages                        | 2w  | positioning, m-design
    launch-video   Launch video production                     | 3w  | hifi, positioning FS+2d
    press          Press kit and analyst briefings             | 1w  | beta-report
    email-campaign Customer email campaign                     | 4d  | website, release-notes SS
  enablement  Enablement
    sales-enable   Sales enablement and demo script            | 1w  | beta-report
    support-train  Support team training                       | 3d  | docs-help
    pricing-page   Pricing page and plans live                 | 2d  | billing, website
    m-launch-ready Launch readiness review                     | 0d  | sales-enable, support-train, press, email-campaign, pricing-page, launch-video
golive  Go-live
  go-no-go         Go / no-go meeting                          | 2h  | rc, m-security, m-launch-ready
  prod-migration   Production data migration                   | 6h  | go-no-go
  deploy           Production deployment                       | 4h  | prod-migration
  store-release    App store releases                          | 2d  | go-no-go, store-assets
  m-ga             GA launch                                   | 0d  | deploy, store-release FF
  announcement     Launch announcement and blog post           | 2h  | m-ga
  webinar          Launch webinar                              | 1d  | m-ga FS+2d
hypercare  Hypercare
  war-room         Launch war room                             | 1w  | m-ga
  on-call          Elevated monitoring and on-call             | 2w  | m-ga
  hotfixes         Hotfix releases                             | 2w  | m-ga SS+1d
  retro            Launch retrospective                        | 3h  | war-room, hotfixes
  adoption         Adoption metrics review (30 days)           | 1d  | m-ga FS+20d
  m-hypercare      Hypercare complete                          | 0d  | retro, on-call, adoption
`;
