/** "Website refresh": the demo's second, smaller project. Format: see plan-outline.ts. */
export const WEBSITE_REFRESH_PLAN = `
site-discovery  Discovery
  audit          Audit of the current site                | 3d  |
  seo-baseline   Analytics and SEO baseline               | 2d  | audit SS
  interviews     Stakeholder interviews                   | 3d  | audit SS+1d
  sitemap        Sitemap and content plan                 | 3d  | audit, seo-baseline, interviews
site-design  Design
  wireframes     Wireframes                               | 1w  | sitemap
  visual         Visual design                            | 2w  | wireframes
  design-review  Design review with marketing             | 2h  | visual
  m-design       Design approved                          | 0d  | design-review
site-content  Content
  copy           Copywriting                              | 2w  | sitemap
  screenshots    Product screenshots                      | 3d  | visual SS+1w
  stories        Customer stories                         | 1w  | copy SS+1w
  seo-meta       SEO titles and descriptions              | 2d  | copy
site-build  Build
  cms            CMS setup                                | 3d  | sitemap
  templates      Page templates                           | 2w  | m-design, cms
  blog           Blog migration                           | 1w  | cms
  forms          Forms and CRM integration                | 3d  | templates SS+1w
  tagging        Analytics tagging                        | 1d  | templates
  content-entry  Content entry                            | 4d  | templates FF, copy, screenshots, stories
site-launch  Launch
  qa             Cross-browser QA                         | 3d  | content-entry, forms, blog
  a11y-audit     Accessibility audit                      | 2d  | qa SS
  redirects      Redirect map                             | 1d  | blog, seo-meta
  m-live         Site live                                | 0d  | qa, a11y-audit, redirects, tagging
  seo-check      Post-launch SEO check                    | 1d  | m-live FS+3d
`;
