import Link from '@/components/ui/link';

export default function NotFound() {
  return (
    <div className="page page-notice">
      <p className="eyebrow">Fout 404</p>
      <h1>Deze pagina bestaat niet</h1>
      <p className="lead">Misschien is de link verkeerd getypt, of is de les verhuisd.</p>
      <p>
        <Link href="/" className="button button-primary">
          Naar alle lessen
        </Link>
      </p>
    </div>
  );
}
