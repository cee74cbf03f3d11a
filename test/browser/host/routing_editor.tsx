/** @jsxRuntime classic */
// The routing setting (`roletorecipients`, a longtext in plugin.json) as a table of role →
// recipients rows. It stores the line form the bridge reads ("role: recipient, recipient"), so
// what the table shows is exactly what a Mattermost admin would type into the text box.
import {React} from './react_globals';
import {routeProblems, routesFromValue, valueFromRoutes, type Route} from './routing_rows';

interface Props {
  id: string;
  value: unknown;
  placeholder?: string;
  onChange: (value: string) => void;
}

export function RoutingEditor({id, value, placeholder, onChange}: Props) {
  const [routes, setRoutes] = React.useState<Route[]>(() => {
    const rows = routesFromValue(value);
    return rows.length > 0 ? rows : [{role: '', recipients: ''}];
  });
  const problems = routeProblems(routes);
  const update = (next: Route[]) => {
    setRoutes(next);
    onChange(valueFromRoutes(next));
  };
  const example = routesFromValue(placeholder)[0];
  return (
    <div className="routing-editor" id={id}>
      <table>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Recipients (team/channel, e-mail or username; comma-separated)</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {routes.map((route, i) => (
            <React.Fragment key={i}>
              <tr className={problems[i] ? 'invalid' : undefined}>
                <td>
                  <input
                    type="text"
                    aria-label={`Role of route ${i + 1}`}
                    value={route.role}
                    placeholder={example?.role ?? 'dbadmin'}
                    onChange={(e) => update(routes.map((r, j) => (j === i ? {...r, role: e.target.value} : r)))}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`Recipients of route ${i + 1}`}
                    value={route.recipients}
                    placeholder={example?.recipients ?? 'acme/access-requests'}
                    onChange={(e) => update(routes.map((r, j) => (j === i ? {...r, recipients: e.target.value} : r)))}
                  />
                </td>
                <td>
                  <button type="button" className="secondary" aria-label={`Remove route ${i + 1}`} onClick={() => update(routes.filter((_, j) => j !== i))}>
                    Remove
                  </button>
                </td>
              </tr>
              {problems[i] && (
                <tr className="route-problem">
                  <td colSpan={3} className="field-error" role="alert">
                    {problems[i]}
                  </td>
                </tr>
              )}
            </React.Fragment>
          ))}
        </tbody>
      </table>
      <button type="button" className="secondary" onClick={() => setRoutes([...routes, {role: '', recipients: ''}])}>
        Add route
      </button>
    </div>
  );
}
