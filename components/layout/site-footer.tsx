import { SiteLink } from '@/components/site-link';
import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="border-t border-line print:hidden">
      <div className="mx-auto max-w-7xl px-4 py-8 text-sm text-muted sm:px-6">
        <p>{site.name}: 도커와 쿠버네티스를 한국어로 배우는 곳</p>
        <p className="mt-2">
          <SiteLink href="/glossary" className="underline underline-offset-4 hover:text-fg">
            용어집
          </SiteLink>
        </p>
      </div>
    </footer>
  );
}
